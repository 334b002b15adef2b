package org.credibility.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built jar in a child JVM as bin/credibility starts it (its logging configuration, bound to
 * loopback): what a person sees on the terminal.
 */
class QuietRunIT {
    @TempDir
    Path dir;

    private record Outcome(int status, List<String> out, List<String> err) {
    }

    private Outcome credibility(String... args) throws Exception {
        List<String> command = BuiltJar.javaCommand();
        command.addAll(List.of("-XX:TieredStopAtLevel=1", "-Dspark.ui.enabled=false",
                "-Dlog4j2.configurationFile=" + Path.of("../bin/log4j2.properties").toAbsolutePath(),
                "-cp", BuiltJar.jar() + File.pathSeparator + BuiltJar.sparkClasspath(), "org.credibility.jobs.cli.Main"));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "stdout", ".txt");
        Path err = Files.createTempFile(dir, "stderr", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        Process p = builder.start();
        // Generous: a seeds run takes 1-2 minutes, but over 5 on this two-core machine under load.
        if (!p.waitFor(15, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("not finished in 15 minutes");
        }
        return new Outcome(p.exitValue(), Files.readAllLines(out), Files.readAllLines(err));
    }

    private List<String> seedsRun(String... options) throws Exception {
        List<String> args = new ArrayList<>(List.of("run", "--input", "../seeds", "--model", "../seeds/model",
                "--output", dir.resolve("out").toString(), "--master", "local[2]"));
        args.addAll(List.of(options));
        Outcome o = credibility(args.toArray(String[]::new));
        assertEquals(0, o.status(), String.join("\n", o.err()));
        assertEquals(List.of(), o.out());
        return o.err();
    }

    @Test
    void theSeedsRunPrintsOnlyItsOwnLinesAndNoSparkWarningEvenWhenVerbose() throws Exception {
        for (String[] options : new String[][] {{}, {"--verbose"}}) {
            List<String> err = seedsRun(options);
            err.forEach(line -> assertTrue(line.startsWith("credibility: "), "not the job's line: " + line));
            assertTrue(err.get(err.size() - 1).startsWith("credibility: scored 56 claims from 5 articles (0 lines"
                    + " rejected) into "), err.get(err.size() - 1));
        }
    }

    @Test
    void aFailingRunStillSaysWhy() throws Exception {
        Outcome o = credibility("run", "--input", "../seeds", "--model", "../seeds/model", "--output",
                dir.resolve("out").toString(), "--master", "nonsense://x");
        assertEquals(1, o.status());
        assertEquals(List.of("credibility: cannot start Spark (master nonsense://x): Could not parse Master URL:"
                + " 'nonsense://x'"), o.err());
    }

    @Test
    void versionFromTheJar() throws Exception {
        Outcome o = credibility("--version");
        assertEquals(0, o.status(), String.join("\n", o.err()));
        assertEquals(4, o.out().size(), o.out().toString());
        assertTrue(o.out().get(0).matches("credibility \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), o.out().get(0));
        assertTrue(o.out().get(1).matches("commit ([0-9a-f]{12}(-dirty)?|unknown)"), o.out().get(1));
        assertEquals("spark 4.1.0", o.out().get(2));
        assertTrue(o.out().get(3).startsWith("default model stance-20261202T151256Z, credibility-20261202T152928Z ("),
                o.out().get(3));
    }
}
