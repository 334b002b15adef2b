package org.credibility.jobs;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * One line on stderr per finished stage — its name, rows and time — so a person can follow a
 * long run without Spark's own logging.
 */
final class Progress {
    private final PrintStream out;
    private final long started = System.nanoTime();
    private long last = started;
    private final Map<String, Long> rows = new HashMap<>();

    Progress(PrintStream out) {
        this.out = out;
    }

    /** Runs a stage whose result is already computed (materialized) and reports its rows. */
    Dataset<Row> stage(String name, Supplier<Dataset<Row>> stage) {
        Dataset<Row> table = stage.get();
        long count = table.count();
        rows.put(name, count);
        report(name, count + " rows");
        return table;
    }

    /** Runs a step that returns no table (training a model) and reports its time. */
    <T> T step(String name, String what, Supplier<T> step) {
        T result = step.get();
        report(name, what);
        return result;
    }

    /** The rows a finished stage reported, so the manifest need not count its table again. */
    long rows(String stage) {
        Long count = rows.get(stage);
        if (count == null) {
            throw new IllegalStateException("stage " + stage + " has not run");
        }
        return count;
    }

    void report(String name, String what) {
        long now = System.nanoTime();
        out.printf("credibility: %-9s %-22s %6.1f s  (total %.1f s)%n", name, what, (now - last) / 1e9,
                (now - started) / 1e9);
        last = now;
    }
}
