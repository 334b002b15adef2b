package org.credibility.jobs.flows;

import org.credibility.jobs.JobException;
import java.util.Map;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/** The one Spark session of a process, with the settings this job relies on. */
public final class SparkSessions {
    private static final String SPARK_LOGGER = "org.apache.spark";

    private SparkSessions() {
    }

    public static SparkSession getOrCreate(String master) {
        return getOrCreate(master, Map.of());
    }

    /**
     * Returns the active session or starts one. {@code master} and {@code settings} (a command's
     * {@code --conf}) apply only where nobody (spark-submit, a test) has set them already. A
     * session that cannot start (a bad master URL, a setting Spark rejects) is one line: Spark
     * logs its failed start with a stack trace, so its log is silenced while it starts.
     */
    public static SparkSession getOrCreate(String master, Map<String, String> settings) {
        SparkConf conf = new SparkConf();
        if (!conf.contains("spark.master")) {
            conf.setMaster(master == null ? "local[*]" : master);
        }
        settings.forEach(conf::setIfMissing);
        Level level = LogManager.getLogger(SPARK_LOGGER).getLevel();
        Configurator.setLevel(SPARK_LOGGER, Level.OFF);
        try {
            return SparkSession.builder().appName("credibility").config(withDefaults(conf)).getOrCreate();
        } catch (Exception e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new JobException("cannot start Spark (master " + conf.get("spark.master") + "): "
                    + message.lines().findFirst().orElse(message), e);
        } finally {
            Configurator.setLevel(SPARK_LOGGER, level);
        }
    }

    /** The settings the job relies on, where {@code conf} (spark-submit's, a test's) does not set them. */
    public static SparkConf withDefaults(SparkConf conf) {
        // Timestamps are written and shown in UTC, whatever the machine's zone.
        conf.setIfMissing("spark.sql.session.timeZone", "UTC");
        // Parquet's own timestamp type (INT64 microseconds, adjusted to UTC), not Spark's legacy
        // INT96, which readers outside Spark (DuckDB, Arrow) take for a time without a zone.
        conf.setIfMissing("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS");
        // A small default: the corpus is text-heavy but row-light; AQE coalesces further.
        conf.setIfMissing("spark.sql.shuffle.partitions", "8");
        conf.setIfMissing("spark.serializer", "org.apache.spark.serializer.KryoSerializer");
        // Kryo writes the kept stage tables that spill to disk and reads them back. Its reference
        // tracking clears a table of seen objects for every row: a quarter of the outlets stage at
        // 100,000 articles. The job's rows, broadcasts and models hold no cycles, which is what
        // tracking is for.
        conf.setIfMissing("spark.kryo.referenceTracking", "false");
        return conf;
    }
}
