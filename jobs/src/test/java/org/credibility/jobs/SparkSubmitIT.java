package org.credibility.jobs;

import org.credibility.jobs.io.OutputWriter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Submits the built jar as a user would, through {@code org.apache.spark.deploy.SparkSubmit}
 * with {@code --master local[2]} and no {@code --class}, in a separate JVM with only Spark's
 * jars on the classpath: proves the shaded jar carries everything else it needs.
 */
class SparkSubmitIT {
    @Test
    void theBuiltJarRunsUnderSparkSubmit(@TempDir Path dir) throws Exception {
        Path output = dir.resolve("out");
        List<String> command = BuiltJar.javaCommand();
        command.addAll(List.of("-cp", BuiltJar.sparkClasspath(), "org.apache.spark.deploy.SparkSubmit",
                "--master", "local[2]", "--conf", "spark.ui.enabled=false",
                BuiltJar.jar(),
                "run", "--input", "../seeds", "--model", "../seeds/model", "--output", output.toString()));
        Path log = dir.resolve("submit.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "spark-submit did not finish in 5 minutes");
        assertEquals(0, process.exitValue(), Files.readString(log));

        JsonNode manifest = new ObjectMapper().readTree(output.resolve(OutputWriter.MANIFEST).toFile());
        assertEquals(5, manifest.path("counts").path("articles").asInt());
        assertEquals(0, manifest.path("counts").path("rejected").asInt());
        assertEquals("local[2]", manifest.path("spark").path("master").asText());
        for (String table : List.of("articles", "claims", "mentions", "scores", "outlets", "rejected")) {
            assertTrue(Files.exists(output.resolve(table).resolve("_SUCCESS")), table + " was not written");
        }
    }
}
