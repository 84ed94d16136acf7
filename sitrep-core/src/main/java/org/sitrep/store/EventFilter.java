package org.sitrep.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.sitrep.events.Event;

/**
 * Which events a query keeps; every part may be null (no condition). Shared by the command line and the
 * server, and checked here so that both refuse the same values with the same message.
 *
 * @param actor an actor code (upper case, e.g. {@code PAK}) that must appear among the codes or countries of
 *     either side of the event
 * @param recipient an actor code that must appear among the codes or countries of the recipients
 * @param type one of the 16 PLOVER types
 * @param factuality asserted, negated, possible, hypothetical or future
 * @param from first day kept (the event's day, else its document's publication day)
 * @param to last day kept, inclusive
 * @param sourceUrl the document's source (path or URL) contains this; {@code *} matches any run of characters
 */
public record EventFilter(String actor, String recipient, String type, String factuality, LocalDate from,
                          LocalDate to, String sourceUrl) {

    /** The PLOVER types, cooperation first (AGREE ... RETREAT), then conflict (REQUEST ... ASSAULT). */
    public static final List<String> COOPERATION = List.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE",
            "AID", "RETREAT");
    /** The PLOVER types counted as conflict in timelines and networks. */
    public static final List<String> CONFLICT = List.of("REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST",
            "SANCTION", "MOBILIZE", "COERCE", "ASSAULT");

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{1,31}");

    /** No condition: every event. */
    public static final EventFilter ALL = new EventFilter(null, null, null, null, null, null, null);

    public EventFilter {
        actor = code("actor", actor);
        recipient = code("recipient", recipient);
        type = blankToNull(type);
        if (type != null) {
            type = type.toUpperCase(Locale.ROOT);
            if (!COOPERATION.contains(type) && !CONFLICT.contains(type)) {
                throw new IllegalArgumentException("unknown event type '" + type + "', expected one of "
                        + COOPERATION + " or " + CONFLICT);
            }
        }
        factuality = blankToNull(factuality);
        if (factuality != null) {
            factuality = factuality.toLowerCase(Locale.ROOT);
            if (!Event.FACTUALITIES.contains(factuality)) {
                throw new IllegalArgumentException("unknown factuality '" + factuality + "', expected one of "
                        + List.copyOf(new java.util.TreeSet<>(Event.FACTUALITIES)));
            }
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("the period is empty: from " + from + " is after to " + to);
        }
        sourceUrl = blankToNull(sourceUrl);
    }

    /** This filter with another actor code (null: any). */
    public EventFilter withActor(String code) {
        return new EventFilter(code, recipient, type, factuality, from, to, sourceUrl);
    }

    /** True for the cooperation types, false for conflict. */
    public static boolean isCooperation(String type) {
        return COOPERATION.contains(type);
    }

    private static String code(String what, String value) {
        String code = blankToNull(value);
        if (code == null) {
            return null;
        }
        code = code.toUpperCase(Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException(what + " code '" + value + "' is not a code such as PAK or TALIBAN "
                    + "(letters, digits, _ and -)");
        }
        return code;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
