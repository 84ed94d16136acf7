package org.sitrep.actors;

import org.sitrep.pipeline.SourceLine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One actor of the dictionary: a country, an international body, an armed group, an outlet, a person.
 *
 * @param id stable identifier: the ISO alpha-3 code for a country, else an upper-case word such as {@code TTP}
 * @param kind what kind of actor it is
 * @param name the canonical name, e.g. {@code Pakistan}
 * @param aliases every way of writing it, the name first
 * @param periods its codes over time, sorted by start, not overlapping, at least one
 * @param origin the dictionary line it came from
 */
public record ActorEntry(String id, ActorKind kind, String name, List<Alias> aliases, List<CodePeriod> periods,
                         SourceLine origin) {

    private static final Comparator<CodePeriod> BY_START =
            Comparator.comparing(CodePeriod::from, Comparator.nullsFirst(Comparator.naturalOrder()));

    public ActorEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(origin, "origin");
        if (!id.matches("[A-Z][A-Z0-9_]*")) {
            throw new IllegalArgumentException("id must be capital letters, digits and '_': " + id);
        }
        aliases = List.copyOf(aliases);
        List<CodePeriod> sorted = new ArrayList<>(periods);
        sorted.sort(BY_START);
        periods = List.copyOf(sorted);
        if (periods.isEmpty()) {
            throw new IllegalArgumentException(id + " has no codes");
        }
        for (int i = 1; i < periods.size(); i++) {
            if (periods.get(i - 1).overlaps(periods.get(i))) {
                throw new IllegalArgumentException(id + " has overlapping periods: "
                        + periods.get(i - 1) + " and " + periods.get(i));
            }
        }
    }

    /**
     * The period in force on the date. A date in a gap or after the last period gets the latest period that
     * began before it; a date before the first period gets the first; a null date gets the latest period.
     */
    public CodePeriod periodOn(LocalDate date) {
        if (date == null) {
            return periods.get(periods.size() - 1);
        }
        CodePeriod chosen = periods.get(0);
        for (CodePeriod period : periods) {
            if (period.covers(date)) {
                return period;
            }
            if (period.from() != null && !period.from().isAfter(date)) {
                chosen = period;
            }
        }
        return chosen;
    }

    /**
     * The entry's codes on the article's date.
     *
     * @param articleDate the publication date, or null for the latest codes
     */
    public Resolution resolve(LocalDate articleDate) {
        CodePeriod period = periodOn(articleDate);
        return new Resolution(id, period.country(), period.sector());
    }
}
