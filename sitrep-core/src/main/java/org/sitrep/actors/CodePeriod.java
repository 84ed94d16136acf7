package org.sitrep.actors;

import java.time.LocalDate;

/**
 * The codes an actor has during a period: the Taliban are {@code AFG REB} until 2021-08-14 and
 * {@code AFG GOV} from 2021-08-15.
 *
 * @param country ISO 3166-1 alpha-3 code, or null for actors of no single country (the UN, ISIS)
 * @param sector the sector, or null when the entry names a whole state
 * @param from first day of the period (inclusive), or null when open
 * @param until last day of the period (inclusive), or null when open
 */
public record CodePeriod(String country, Sector sector, LocalDate from, LocalDate until) {

    public CodePeriod {
        if (country != null && !country.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("country must be three capital letters: " + country);
        }
        if (from != null && until != null && until.isBefore(from)) {
            throw new IllegalArgumentException("period ends before it starts: " + from + ".." + until);
        }
    }

    /** Whether the date falls inside this period, both ends included. */
    public boolean covers(LocalDate date) {
        return (from == null || !date.isBefore(from)) && (until == null || !date.isAfter(until));
    }

    /** Whether the two periods share at least one day. */
    public boolean overlaps(CodePeriod other) {
        boolean endsBefore = until != null && other.from != null && until.isBefore(other.from);
        boolean startsAfter = from != null && other.until != null && from.isAfter(other.until);
        return !endsBefore && !startsAfter;
    }
}
