package org.sitrep.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.actors.Actor;
import org.sitrep.actors.ActorSet;
import org.sitrep.actors.Mention;

/**
 * Where the document's actors are named in its headline, which the recogniser never reads: every whole-word
 * occurrence of the words of an actor's mentions, places and unknown names ("other") left out, in title order.
 */
final class TitleNames {

    /** One actor named at {@code [start, end)} of the headline. */
    record At(int start, int end, Actor actor) {
    }

    private TitleNames() {
    }

    static List<At> of(String title, ActorSet actors) {
        List<At> all = new ArrayList<>();
        for (Actor a : actors.actors()) {
            if ("other".equals(a.kind())) {
                continue;
            }
            for (String name : new LinkedHashSet<>(a.mentions().stream().map(Mention::text).toList())) {
                Matcher m = Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(title);
                while (m.find()) {
                    all.add(new At(m.start(), m.end(), a));
                }
            }
        }
        all.sort(Comparator.comparingInt(At::start).thenComparing(At::end, Comparator.reverseOrder()));
        return all;
    }
}
