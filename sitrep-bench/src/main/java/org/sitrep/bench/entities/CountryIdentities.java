package org.sitrep.bench.entities;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.sitrep.actors.ActorDictionary;
import org.sitrep.actors.ActorEntry;
import org.sitrep.actors.ActorKind;
import org.sitrep.actors.Alias;
import org.sitrep.actors.AliasForm;

/**
 * Wikipedia page titles of states, mapped to ISO alpha-3 from the actor dictionary's names and other names:
 * "United_States" and "North_Korea" are titles as the dictionary writes the names, with underscores.
 */
public final class CountryIdentities {

    private final Map<String, String> byTitle = new HashMap<>();

    public CountryIdentities(ActorDictionary dictionary) {
        for (ActorEntry entry : dictionary.entries()) {
            if (entry.kind() != ActorKind.COUNTRY) {
                continue;
            }
            for (Alias alias : entry.aliases()) {
                if (alias.form() == AliasForm.NAME || alias.form() == AliasForm.ALIAS) {
                    byTitle.putIfAbsent(key(alias.text()), entry.id());
                }
            }
        }
    }

    /** The ISO alpha-3 code of the state a Wikipedia title names, if it names one. */
    public Optional<String> iso3(String wikipediaTitle) {
        if (wikipediaTitle == null) {
            return Optional.empty();
        }
        String decoded = java.net.URLDecoder.decode(wikipediaTitle, java.nio.charset.StandardCharsets.UTF_8);
        return Optional.ofNullable(byTitle.get(key(decoded)));
    }

    private static String key(String name) {
        String plain = name.replace('_', ' ').trim();
        if (plain.regionMatches(true, 0, "the ", 0, 4)) {
            plain = plain.substring(4);
        }
        return plain.toLowerCase(java.util.Locale.ROOT);
    }
}
