package org.credibility.jobs;

import org.credibility.jobs.flows.SparkSessions;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/** The one local Spark session all tests of this JVM share (starting Spark costs seconds). */
public final class SharedSpark {
    private static SparkSession session;

    private SharedSpark() {
    }

    public static synchronized SparkSession session() {
        if (session == null) {
            // The job's own settings (Kryo among them), with fewer partitions for small inputs.
            session = SparkSession.builder()
                    .appName("credibility-tests")
                    .config(SparkSessions.withDefaults(new SparkConf()
                            .setMaster("local[2]")
                            .set("spark.ui.enabled", "false")
                            .set("spark.sql.shuffle.partitions", "4")))
                    .getOrCreate();
            session.sparkContext().setLogLevel("WARN");
        }
        return session;
    }
}
