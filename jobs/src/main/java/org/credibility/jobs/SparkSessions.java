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
        // Timestamps are written and shown in UTC, whatever the machine's zone.
        conf.setIfMissing("spark.sql.session.timeZone", "UTC");
        // A small default: the corpus is text-heavy but row-light; AQE coalesces further.
        conf.setIfMissing("spark.sql.shuffle.partitions", "8");
        conf.setIfMissing("spark.serializer", "org.apache.spark.serializer.KryoSerializer");
        return SparkSession.builder().appName("credibility").config(conf).getOrCreate();
    }
}
