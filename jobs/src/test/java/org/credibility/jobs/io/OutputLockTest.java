package org.credibility.jobs.io;

import org.credibility.jobs.JobException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FilterFileSystem;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One run per output: the lock on a local disk (an OS lock) and on other file systems (a heartbeat file). */
class OutputLockTest {
    @TempDir
    java.nio.file.Path dir;

    private static final OutputLock.Holder FIRST = new OutputLock.Holder("100-0000000a", "host-a", 11, "2026-01-01T00:00:00Z");
    private static final OutputLock.Holder SECOND = new OutputLock.Holder("200-0000000b", "host-b", 22, "2026-01-02T00:00:00Z");

    private FileSystem local() throws Exception {
        return FileSystem.getLocal(new Configuration());
    }

    private Path out() {
        return new Path(dir.resolve("out").toString());
    }

    private static String refusal(FileSystem fs, Path out) {
        return assertThrows(JobException.class, () -> OutputLock.acquire(fs, out, SECOND, Duration.ZERO)).getMessage();
    }

    @Test
    void aSecondRunIsToldWhoHoldsTheOutput() throws Exception {
        FileSystem fs = local();
        try (OutputLock held = OutputLock.acquire(fs, out(), FIRST, Duration.ZERO)) {
            assertEquals("output " + out() + " is being written by run 100-0000000a (host host-a, pid 11, started"
                    + " 2026-01-01T00:00:00Z); wait for it to finish, or pass --wait SECONDS", refusal(fs, out()));
        }
        OutputLock.acquire(fs, out(), SECOND, Duration.ZERO).close();
        assertTrue(Files.exists(dir.resolve(".out.lock")), "the lock file stays (see OutputLock)");
    }

    @Test
    void aWaitingRunGoesOnWhenTheHolderFinishes() throws Exception {
        FileSystem fs = local();
        OutputLock held = OutputLock.acquire(fs, out(), FIRST, Duration.ZERO);
        Thread release = new Thread(() -> {
            sleep(1500);
            held.close();
        });
        release.start();
        Instant asked = Instant.now();
        OutputLock.acquire(fs, out(), SECOND, Duration.ofSeconds(60)).close();
        long waited = Duration.between(asked, Instant.now()).toMillis();
        assertTrue(waited >= 1000 && waited < 30_000, waited + " ms");
        release.join();
    }

    /** The lock of a process killed with SIGKILL is free at once: the kernel released it. */
    @Test
    void aLockThatOutlivedItsProcessIsTakenOver() throws Exception {
        Process holder = new ProcessBuilder(List.of(
                java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), OutputLockHolder.class.getName(), out().toString()))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("held", lines.readLine());
            assertEquals("output " + out() + " is being written by run 300-0000000c (host child, pid " + holder.pid()
                    + ", started 2026-01-03T00:00:00Z); wait for it to finish, or pass --wait SECONDS", refusal(local(), out()));
            holder.destroyForcibly();
            assertTrue(holder.waitFor(1, TimeUnit.MINUTES));
        }
        OutputLock.acquire(local(), out(), SECOND, Duration.ZERO).close();
    }

    /** A file system other than the local one: HDFS and object stores take this path. */
    private FileSystem shared() throws Exception {
        FileSystem fs = new FilterFileSystem(local()) {
        };
        fs.initialize(new File("/").toURI(), new Configuration());
        return fs;
    }

    @Test
    void elsewhereTheLockIsAFileWhoseHeartbeatTellsALiveRunFromAKilledOne() throws Exception {
        FileSystem fs = shared();
        Path lock = OutputLock.lockFile(out());
        OutputLock held = OutputLock.acquire(fs, out(), FIRST, Duration.ZERO);
        assertTrue(refusal(fs, out()).startsWith("output " + out() + " is being written by run 100-0000000a "));
        held.close();
        assertTrue(!fs.exists(lock), "released: the file is removed");

        // A run killed while holding it: the file stays, its heartbeat stops.
        try (java.io.OutputStream left = fs.create(lock, false)) {
            left.write("{\"run_id\": \"100-0000000a\"}".getBytes(StandardCharsets.UTF_8));
        }
        fs.setTimes(lock, System.currentTimeMillis() - OutputLock.STALE_AFTER.toMillis() + 30_000, -1);
        assertTrue(refusal(fs, out()).contains("run 100-0000000a"), "refreshed 30 s before it goes stale");
        fs.setTimes(lock, System.currentTimeMillis() - OutputLock.STALE_AFTER.toMillis() - 1_000, -1);
        OutputLock.acquire(fs, out(), SECOND, Duration.ZERO).close();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
