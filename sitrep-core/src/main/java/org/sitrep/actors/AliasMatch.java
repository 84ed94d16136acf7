package org.sitrep.actors;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An entry found through one of its aliases: "the Pentagon" gives the United States through a seat alias
 * that implies {@code MIL}.
 *
 * @param entry the dictionary entry
 * @param alias the alias that matched
 */
public record AliasMatch(ActorEntry entry, Alias alias) {

    public AliasMatch {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(alias, "alias");
    }

    /**
     * The codes on the article's date; the alias's own sector, when it has one, wins over the entry's.
     *
     * @param articleDate the publication date, or null for the entry's latest codes
     */
    public Resolution resolve(LocalDate articleDate) {
        Resolution base = entry.resolve(articleDate);
        return alias.sector() == null ? base : new Resolution(base.code(), base.country(), alias.sector());
    }
}
