package org.credibility.jobs;

import org.credibility.jobs.io.OutputWriter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 in the middle of a run: the job runs in a child JVM from the built jar (as
 * bin/credibility runs it) and is killed with {@link Process#destroyForcibly} as soon as it has
 * begun writing its staging folder. The previous output must be unchanged and readable, no
 * folder may look complete without being so, and the next run must clean up and publish.
 */
class KillMidRunIT {
    @TempDir
    Path dir;

    private Process start(Path output, Path log) throws IOException {
        List<String> command = BuiltJar.javaCommand();
        command.addAll(List.of("-XX:TieredStopAtLevel=1", "-Dspark.ui.enabled=false",
                "-cp", BuiltJar.jar() + java.io.File.pathSeparator + BuiltJar.sparkClasspath(),
                "org.credibility.jobs.cli.Main", "run", "--input", "../seeds", "--model", "../seeds/model",
                "--output", output.toString(), "--master", "local[2]"));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private void runToTheEnd(Path output, Path log) throws Exception {
        Process p = start(output, log);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the run did not finish in 5 minutes");
        assertEquals(0, p.exitValue(), Files.readString(log));
    }

    /** Every file under a folder with the SHA-256 of its bytes. */
    private static Map<String, String> snapshot(Path folder) throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(f).toString(), HexFormat.of().formatHex(
                        MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
            }
        }
        return files;
    }

    private List<String> listing() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".log") && !n.startsWith("."))
                    .sorted().toList();
        }
    }

    private List<String> scores(Path output) {
        return SharedSpark.session().read().parquet(output.resolve("scores").toString())
                .orderBy("claim_id").collectAsList().stream().map(Row::toString).toList();
    }

    @Test
    void aRunKilledWhileWritingLeavesThePreviousOutputIntact() throws Exception {
        Path out = dir.resolve("out");
        runToTheEnd(out, dir.resolve("run1.log"));
        Map<String, String> before = snapshot(out);
        String firstRun = runId(out);
        List<String> scoresBefore = scores(out);
        assertEquals(56, scoresBefore.size());

        Process p = start(out, dir.resolve("run2.log"));
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (listing().stream().noneMatch(n -> n.startsWith("out.staging-"))) {
            assertTrue(p.isAlive(), "the run ended before it began writing: " + Files.readString(dir.resolve("run2.log")));
            assertTrue(System.nanoTime() < deadline, "no staging folder within 5 minutes");
            Thread.sleep(10);
        }
        p.destroyForcibly();
        assertTrue(p.waitFor(1, TimeUnit.MINUTES));
        assertEquals(137, p.exitValue(), "killed by SIGKILL");

        assertEquals(before, snapshot(out), "the previous output changed");
        assertEquals(scoresBefore, scores(out), "the previous output is not readable as before");
        List<String> left = listing();
        assertEquals(2, left.size(), left.toString());
        assertTrue(left.get(1).startsWith("out.staging-"), left.toString());
        assertFalse(Files.exists(dir.resolve(left.get(1)).resolve(OutputWriter.MANIFEST)),
                "the killed run's staging folder looks complete");
        // Its lock outlived it; the next run sees that no live process holds it and takes over.
        assertEquals(p.pid(), new ObjectMapper().readTree(dir.resolve(".out.lock").toFile()).path("pid").asLong());

        runToTheEnd(out, dir.resolve("run3.log"));
        assertEquals(List.of("out"), listing(), "the next run removes what the killed run left");
        assertTrue(Files.readString(dir.resolve("run3.log")).contains("credibility: removed " + left.get(1)
                + " (left by a killed run)"));
        assertEquals(scoresBefore, scores(out), "two runs on the same input and model give the same scores");
        assertFalse(runId(out).equals(firstRun), "run 3 published its output");
    }

    private static String runId(Path out) throws IOException {
        return new ObjectMapper().readTree(out.resolve(OutputWriter.MANIFEST).toFile()).path("run_id").asText();
    }
}
