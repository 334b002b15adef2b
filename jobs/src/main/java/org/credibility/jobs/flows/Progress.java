package org.credibility.jobs.flows;

import java.io.PrintStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.apache.spark.SparkStageInfo;
import org.apache.spark.api.java.JavaSparkStatusTracker;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * One line on stderr per finished step — its name, rows and time — so a person can follow a
 * long run without Spark's own logging; and, while a step runs longer than the heartbeat period,
 * a line each period with the Spark tasks done so far, so a long stage is not silent for minutes.
 */
final class Progress implements AutoCloseable {
    private final PrintStream out;
    private final LongSupplier clock;
    private final long started;
    private long last;
    private String running;
    private long runningSince;
    private final Map<String, Long> rows = new HashMap<>();
    private ScheduledExecutorService heartbeat;

    /** {@code clock} gives nanoseconds, as {@link System#nanoTime} does. */
    Progress(PrintStream out, LongSupplier clock) {
        this.out = out;
        this.clock = clock;
        this.started = clock.getAsLong();
        this.last = started;
    }

    Progress(PrintStream out) {
        this(out, System::nanoTime);
    }

    /** What the first line says: Spark's version and master, and the web UI's address when it is on. */
    static String sparkLine(String version, String master, Optional<String> webUi) {
        return "Spark " + version + " " + master + webUi.map(url -> ", UI " + url).orElse("");
    }

    /** Runs a stage whose result is already computed (materialized) and reports its rows. */
    Dataset<Row> stage(String name, Supplier<Dataset<Row>> stage) {
        return step(name, () -> {
            Dataset<Row> table = stage.get();
            rows.put(name, table.count());
            return table;
        }, table -> rows.get(name) + " rows");
    }

    /** Runs one step of the job; {@code work} returns what the step's line says it did. */
    void step(String name, Supplier<String> work) {
        step(name, work, what -> what);
    }

    /** Runs one step of the job; its line says what {@code what} makes of the result. */
    <T> T step(String name, Supplier<T> work, Function<T, String> what) {
        synchronized (this) {
            running = name;
            runningSince = clock.getAsLong();
        }
        T result = work.get();
        report(name, what.apply(result));
        return result;
    }

    /** Runs a step that returns something other than a table (a trained model); its line says {@code what}. */
    <T> T step(String name, String what, Supplier<T> work) {
        return step(name, work, result -> what);
    }

    /** The rows a finished stage reported, so the manifest need not count its table again. */
    long rows(String stage) {
        Long count = rows.get(stage);
        if (count == null) {
            throw new IllegalStateException("stage " + stage + " has not run");
        }
        return count;
    }

    synchronized void report(String name, String what) {
        long now = clock.getAsLong();
        out.print(line(name, what, now));
        last = now;
        running = null;
    }

    /**
     * From now on, every {@code period}, a line on the running step if it has run that long.
     * (Should the tracker fail, as it may while Spark stops, the executor ends the heartbeats.)
     */
    void heartbeatEvery(Duration period, JavaSparkStatusTracker tracker) {
        heartbeat = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "credibility-progress");
            thread.setDaemon(true);
            return thread;
        });
        heartbeat.scheduleAtFixedRate(() -> heartbeat(period, Tasks.of(tracker)), period.toMillis(),
                period.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * The heartbeat's line, if a step has been running for at least {@code period}. Its time is,
     * as on every line, the time since the previous line.
     */
    synchronized void heartbeat(Duration period, Tasks tasks) {
        long now = clock.getAsLong();
        if (running != null && now - runningSince >= period.toNanos()) {
            out.print(line(running, tasks.describe(), now));
        }
    }

    private String line(String name, String what, long now) {
        return String.format("credibility: %-9s %-22s %6.1f s  (total %.1f s)%n", name, what, (now - last) / 1e9,
                (now - started) / 1e9);
    }

    @Override
    public void close() {
        if (heartbeat != null) {
            heartbeat.shutdownNow();
        }
    }

    /** The tasks of the Spark stages running now: done, in all, and in how many stages. */
    record Tasks(int done, int total, int sparkStages) {
        static Tasks of(JavaSparkStatusTracker tracker) {
            int done = 0;
            int total = 0;
            int stages = 0;
            for (int id : tracker.getActiveStageIds()) {
                SparkStageInfo stage = tracker.getStageInfo(id);
                if (stage != null) {
                    done += stage.numCompletedTasks();
                    total += stage.numTasks();
                    stages++;
                }
            }
            return new Tasks(done, total, stages);
        }

        String describe() {
            if (sparkStages == 0) {
                return "running";
            }
            return "running: " + done + "/" + total + " tasks" + (sparkStages > 1 ? " in " + sparkStages + " Spark stages" : "");
        }
    }
}
