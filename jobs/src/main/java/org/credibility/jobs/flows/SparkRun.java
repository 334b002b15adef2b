package org.credibility.jobs.flows;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import scala.Option;

/** One run of a flow: its id, Spark started (or joined) and the progress lines on stderr. */
record SparkRun(String runId, Instant started, SparkSession spark, Progress progress) {
    /** How often a step that runs long says how far its Spark tasks have got. */
    private static final Duration HEARTBEAT = Duration.ofSeconds(20);

    interface Flow {
        void run(JobSettings settings, SparkRun run);
    }

    static void execute(JobSettings settings, Flow flow) {
        Instant started = Instant.now();
        SparkSession spark = SparkSessions.getOrCreate(settings.spark().master(), settings.spark().conf());
        try (Progress progress = new Progress(System.err)) {
            Option<String> webUi = spark.sparkContext().uiWebUrl();
            progress.report("start", Progress.sparkLine(spark.version(), spark.sparkContext().master(),
                    webUi.isDefined() ? Optional.of(webUi.get()) : Optional.empty()));
            progress.heartbeatEvery(HEARTBEAT, JavaSparkContext.fromSparkContext(spark.sparkContext()).statusTracker());
            String runId = started.toEpochMilli() + "-" + UUID.randomUUID().toString().substring(0, 8);
            flow.run(settings, new SparkRun(runId, started, spark, progress));
        }
    }

    double seconds() {
        return Duration.between(started, Instant.now()).toMillis() / 1000.0;
    }
}
