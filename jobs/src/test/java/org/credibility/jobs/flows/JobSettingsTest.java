package org.credibility.jobs.flows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class JobSettingsTest {
    /** spark-submit passes --conf settings to the driver as system properties. */
    @Test
    void thePathChecksSeeTheSparkHadoopSettingsGivenToSparkSubmit() {
        String key = "fs.credibility-test.endpoint";
        assertNull(JobSettings.hadoopConfiguration().get(key));
        System.setProperty("spark.hadoop." + key, "http://127.0.0.1:9000");
        try {
            assertEquals("http://127.0.0.1:9000", JobSettings.hadoopConfiguration().get(key));
        } finally {
            System.clearProperty("spark.hadoop." + key);
        }
    }
}
