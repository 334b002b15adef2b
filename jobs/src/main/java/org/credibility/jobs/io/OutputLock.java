package org.credibility.jobs.io;

import org.credibility.jobs.JobException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;

/**
 * One run at a time per output folder: a lock file {@code .NAME.lock} beside the output
 * {@code NAME}, held from before the run touches anything there until it has published.
 *
 * <p>On a local file system the lock is the operating system's (an fcntl lock on that file, held
 * open for the whole run). The kernel releases it when the process ends, however it ends, so a
 * lock found held belongs to a live process and a file found unlocked is one that outlived its
 * run. The file is never deleted: a waiting process could otherwise lock the deleted file while a
 * third one creates and locks a new one.
 *
 * <p>HDFS and object stores have no such lock. There the file is created exclusively (atomic on
 * HDFS; on S3-like stores only as atomic as their conditional create) and the holder refreshes its
 * modification time every {@link #HEARTBEAT}; a lock not refreshed for {@link #STALE_AFTER} is
 * taken to have outlived its run and is replaced.
 */
public final class OutputLock implements AutoCloseable {
    static final Duration HEARTBEAT = Duration.ofSeconds(10);
    static final Duration STALE_AFTER = Duration.ofMinutes(2);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Who holds an output: shown to a second run that finds it taken. */
    public record Holder(String runId, String host, long pid, String startedAt) {
        public static Holder of(String runId, Instant started) {
            String host;
            try {
                host = InetAddress.getLocalHost().getHostName();
            } catch (IOException e) {
                host = "unknown host";
            }
            return new Holder(runId, host, ProcessHandle.current().pid(), started.toString());
        }

        byte[] json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("run_id", runId);
            m.put("host", host);
            m.put("pid", pid);
            m.put("started_at", startedAt);
            try {
                return JSON.writeValueAsBytes(m);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        static Holder parse(byte[] json) {
            try {
                JsonNode n = JSON.readTree(json);
                return new Holder(n.path("run_id").asText("?"), n.path("host").asText("?"), n.path("pid").asLong(-1),
                        n.path("started_at").asText("?"));
            } catch (IOException e) {
                return new Holder("?", "?", -1, "?");
            }
        }

        @Override
        public String toString() {
            return "run " + runId + " (host " + host + ", pid " + pid + ", started " + startedAt + ")";
        }
    }

    private final Runnable release;

    private OutputLock(Runnable release) {
        this.release = release;
    }

    /** The lock file of an output folder. */
    static Path lockFile(Path output) {
        return new Path(output.getParent(), "." + output.getName() + ".lock");
    }

    /**
     * Takes the output's lock for {@code me}, waiting up to {@code wait} while another live run
     * holds it; then fails with a message naming the holder.
     */
    public static OutputLock acquire(FileSystem fs, Path output, Holder me, Duration wait) throws IOException {
        Path file = lockFile(output);
        fs.mkdirs(file.getParent());
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            Attempt attempt = isLocal(fs) ? tryLocal(new File(fs.makeQualified(file).toUri()), me) : tryShared(fs, file, me);
            if (attempt.lock().isPresent()) {
                return attempt.lock().get();
            }
            if (System.nanoTime() >= deadline) {
                throw new JobException("output " + output + " is being written by " + attempt.holder()
                        + "; wait for it to finish, or pass --wait SECONDS");
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new JobException("interrupted while waiting for the output " + output, e);
            }
        }
    }

    /** The lock, or the holder who has it. */
    private record Attempt(Optional<OutputLock> lock, Holder holder) {
    }

    private static boolean isLocal(FileSystem fs) {
        return fs instanceof LocalFileSystem || fs instanceof RawLocalFileSystem;
    }

    private static Attempt tryLocal(File file, Holder me) throws IOException {
        FileChannel channel = FileChannel.open(file.toPath(), StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException heldByThisJvm) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            return new Attempt(Optional.empty(), Holder.parse(java.nio.file.Files.readAllBytes(file.toPath())));
        }
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(me.json()));
        channel.force(true);
        FileLock held = lock;
        return new Attempt(Optional.of(new OutputLock(() -> {
            try (channel) {
                held.release();
            } catch (IOException e) {
                // the process's end releases it all the same
            }
        })), me);
    }

    private static Attempt tryShared(FileSystem fs, Path file, Holder me) throws IOException {
        try (OutputStream out = fs.create(file, false)) {
            out.write(me.json());
        } catch (FileAlreadyExistsException taken) {
            Holder holder;
            long refreshed;
            try (InputStream in = fs.open(file)) {
                holder = Holder.parse(in.readAllBytes());
                refreshed = fs.getFileStatus(file).getModificationTime();
            } catch (java.io.FileNotFoundException released) {
                return tryShared(fs, file, me);
            }
            if (System.currentTimeMillis() - refreshed > STALE_AFTER.toMillis()) {
                System.err.println("credibility: replacing the lock of " + holder + ", not refreshed for "
                        + STALE_AFTER.toMinutes() + " minutes (its run was killed)");
                return fs.delete(file, false) ? tryShared(fs, file, me) : new Attempt(Optional.empty(), holder);
            }
            return new Attempt(Optional.empty(), holder);
        }
        ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "credibility-output-lock");
            t.setDaemon(true);
            return t;
        });
        heartbeat.scheduleAtFixedRate(() -> {
            try {
                fs.setTimes(file, System.currentTimeMillis(), -1);
            } catch (IOException e) {
                // a missed beat is caught up by the next; STALE_AFTER spans many
            }
        }, HEARTBEAT.toMillis(), HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);
        return new Attempt(Optional.of(new OutputLock(() -> {
            heartbeat.shutdownNow();
            try {
                fs.delete(file, false);
            } catch (IOException e) {
                // left behind, it goes stale and the next run replaces it
            }
        })), me);
    }

    @Override
    public void close() {
        release.run();
    }
}
