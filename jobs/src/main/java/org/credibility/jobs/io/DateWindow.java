package org.credibility.jobs.io;

import static org.apache.spark.sql.functions.lit;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Column;

/**
 * The days whose articles a run reads ({@code --since} / {@code --until}): whole days in UTC,
 * both ends included, either end open. An article without a date is kept: a window says which
 * days to read, and an undated article cannot be placed outside it.
 */
public record DateWindow(Optional<LocalDate> since, Optional<LocalDate> until) {
    /** No window: every article. */
    public static final DateWindow ALL = new DateWindow(Optional.empty(), Optional.empty());

    public DateWindow {
        if (since.isPresent() && until.isPresent() && since.get().isAfter(until.get())) {
            throw new IllegalArgumentException("the window ends (" + until.get() + ") before it begins (" + since.get() + ")");
        }
    }

    /** True where {@code published} is null or within the window. */
    public Column keeps(Column published) {
        Column keeps = lit(true);
        if (since.isPresent()) {
            keeps = keeps.and(published.geq(lit(since.get().atStartOfDay(ZoneOffset.UTC).toInstant())));
        }
        if (until.isPresent()) {
            keeps = keeps.and(published.lt(lit(until.get().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant())));
        }
        return published.isNull().or(keeps);
    }

    /** For the manifest: the window's ends as ISO dates, null where open. */
    public Map<String, Object> describe() {
        Map<String, Object> window = new LinkedHashMap<>();
        window.put("since", since.map(LocalDate::toString).orElse(null));
        window.put("until", until.map(LocalDate::toString).orElse(null));
        return window;
    }
}
