package org.credibility.jobs.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class FileSystemsTest {
    /** spark-submit passes --conf settings to the driver as system properties. */
    @Test
    void thePathChecksSeeTheSparkHadoopSettingsGivenToSparkSubmit() {
        String key = "fs.credibility-test.endpoint";
        assertNull(FileSystems.hadoopConfiguration().get(key));
        System.setProperty("spark.hadoop." + key, "http://127.0.0.1:9000");
        try {
            assertEquals("http://127.0.0.1:9000", FileSystems.hadoopConfiguration().get(key));
        } finally {
            System.clearProperty("spark.hadoop." + key);
        }
    }
}
