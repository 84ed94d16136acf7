package org.sitrep.store;

import java.time.YearMonth;
import java.util.Objects;

/**
 * Events of one month, split by PLOVER's two sides ({@link EventFilter#COOPERATION},
 * {@link EventFilter#CONFLICT}).
 *
 * @param month the month of the event's day (else its document's publication day)
 * @param cooperation cooperation events
 * @param conflict conflict events
 */
public record MonthCount(YearMonth month, long cooperation, long conflict) {

    public MonthCount {
        Objects.requireNonNull(month, "month");
    }
}
