package org.credibility.jobs;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/** The one Spark session of a process, with the settings this job relies on. */
public final class SparkSessions {
    private SparkSessions() {
    }

    /**
     * Returns the active session or starts one. {@code master} applies only when nobody
     * (spark-submit, a test) has set {@code spark.master} already.
     */
    public static SparkSession getOrCreate(String master) {
        SparkConf conf = new SparkConf();
        if (!conf.contains("spark.master")) {
            conf.setMaster(master == null ? "local[*]" : master);
        }
        return SparkSession.builder().appName("credibility").config(withDefaults(conf)).getOrCreate();
    }

    /** The settings the job relies on, where {@code conf} (spark-submit's, a test's) does not set them. */
    public static SparkConf withDefaults(SparkConf conf) {
        // Timestamps are written and shown in UTC, whatever the machine's zone.
        conf.setIfMissing("spark.sql.session.timeZone", "UTC");
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
