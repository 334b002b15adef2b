package org.credibility.jobs.io;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.credibility.jobs.JobException;

/**
 * Writes a run's tables into a staging folder beside the output ({@code OUT.staging-RUNID}),
 * {@code _manifest.json} last, then publishes it by renaming: a reader sees the previous complete
 * output or the new complete one, never a half-written table.
 *
 * <p>Nothing it did not write is ever deleted. An existing {@code OUT} is replaced only when it is
 * an output of this job (its {@code _manifest.json} says so) or an empty folder; anything else is
 * refused before any work ({@link #requireReplaceable}). One run at a time holds an output's
 * {@link OutputLock}, from {@link #begin} to {@link #close}; a second run fails fast naming the
 * holder, or waits when asked.
 *
 * <p>Publishing is two renames: {@code OUT → OUT.previous-RUNID}, then {@code OUT.staging-RUNID
 * → OUT}; then the previous output is deleted. A run killed between the two renames leaves no
 * {@code OUT} for a moment; the next run's {@link #begin}, holding the lock (so no other run is
 * live), repairs that before it does anything else (see {@link #recover}), and removes the
 * leftovers of killed runs.
 */
public final class OutputWriter implements AutoCloseable {
    public static final String MANIFEST = "_manifest.json";
    /** The run ids in the names of staging and previous folders: start time in ms, 8 hex digits. */
    private static final Pattern RUN_ID = Pattern.compile("\\d+-[0-9a-f]{8}");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final FileSystem fs;
    private final Path output;
    private final Path staging;
    private final Path previous;
    private final OutputLock lock;
    private boolean published;

    private OutputWriter(FileSystem fs, Path output, String runId, OutputLock lock) {
        this.fs = fs;
        this.output = output;
        this.lock = lock;
        this.staging = new Path(output.getParent(), output.getName() + ".staging-" + runId);
        this.previous = new Path(output.getParent(), output.getName() + ".previous-" + runId);
    }

    /**
     * Takes the output's lock (waiting up to {@code wait} for a live run that holds it), repairs
     * what killed runs left, and checks that the output may be replaced.
     */
    public static OutputWriter begin(SparkSession spark, String output, OutputLock.Holder me, Duration wait) {
        Path out = new Path(output);
        try {
            FileSystem fs = out.getFileSystem(spark.sparkContext().hadoopConfiguration());
            out = fs.makeQualified(out);
            OutputLock lock = OutputLock.acquire(fs, out, me, wait);
            try {
                recover(fs, out, System.err);
                requireReplaceable(fs, out, output);
            } catch (IOException | RuntimeException e) {
                lock.close();
                throw e;
            }
            return new OutputWriter(fs, out, me.runId(), lock);
        } catch (IOException e) {
            throw new JobException("cannot use output folder " + output + ": " + e.getMessage(), e);
        }
    }

    /**
     * Fails unless {@code output} is missing, an empty folder, or an output of this job: the only
     * things a run may replace. {@code shown}: the path as the user gave it, for the message.
     */
    public static void requireReplaceable(FileSystem fs, Path output, String shown) throws IOException {
        if (!fs.exists(output)) {
            return;
        }
        if (fs.getFileStatus(output).isFile()) {
            throw new JobException("output path is a file, not a folder: " + shown);
        }
        if (fs.listStatus(output).length > 0 && !isJobOutput(fs, output)) {
            throw new JobException("refusing to replace " + shown + ": it is a folder this job did not write (no "
                    + MANIFEST + " of a run in it); name a new --output, or move it away yourself");
        }
    }

    /** True when the folder's manifest is one this job writes (it names the run and its command). */
    public static boolean isJobOutput(FileSystem fs, Path folder) throws IOException {
        Path manifest = new Path(folder, MANIFEST);
        if (!fs.exists(manifest)) {
            return false;
        }
        try (InputStream in = fs.open(manifest)) {
            JsonNode m = JSON.readTree(in);
            return m != null && m.path("run_id").isTextual() && m.path("command").isTextual();
        } catch (JacksonException notJson) {
            return false;
        }
    }

    /**
     * Where the run keeps its stage tables while it runs: inside the staging folder, on the
     * output's file system, removed before publishing.
     */
    public String checkpoints() {
        return staged("_checkpoints");
    }

    /** A path inside the staging folder, for what is not a table (the model). */
    public String staged(String name) {
        return new Path(staging, name).toString();
    }

    /** Writes a small file (a report page, a chart) at a path relative to the staging folder. */
    public void file(String relativePath, byte[] bytes) {
        try (OutputStream out = create(relativePath)) {
            out.write(bytes);
        } catch (IOException e) {
            throw new JobException("could not write " + relativePath + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes a text file of one line each (UTF-8, '\n' after every line) at a path relative to
     * the staging folder, as the lines come: they need not fit in memory. Returns how many.
     */
    public long lines(String relativePath, Iterator<String> lines) {
        long written = 0;
        try (Writer out = new BufferedWriter(new OutputStreamWriter(create(relativePath), StandardCharsets.UTF_8))) {
            while (lines.hasNext()) {
                out.write(lines.next());
                out.write('\n');
                written++;
            }
        } catch (IOException e) {
            throw new JobException("could not write " + relativePath + ": " + e.getMessage(), e);
        }
        return written;
    }

    private OutputStream create(String relativePath) throws IOException {
        // On a local disk, without Hadoop's .crc side files: these are files for people and other tools to open.
        FileSystem target = fs instanceof LocalFileSystem local ? local.getRawFileSystem() : fs;
        return target.create(new Path(staging, relativePath), true);
    }

    public void table(String name, Dataset<Row> table) {
        table.write().parquet(staged(name));
    }

    /** Removes the checkpoints, writes the manifest into staging, then swaps staging in for the output. */
    public void publish(Object manifest) {
        try {
            fs.delete(new Path(checkpoints()), true);
            try (OutputStream out = fs.create(new Path(staging, MANIFEST), false)) {
                out.write(JSON.writeValueAsBytes(manifest));
            }
            boolean hadOutput = fs.exists(output);
            if (hadOutput && !fs.rename(output, previous)) {
                throw new IOException("could not move the previous output aside");
            }
            if (!fs.rename(staging, output)) {
                if (hadOutput) {
                    fs.rename(previous, output);
                }
                throw new IOException("could not move " + staging + " to " + output);
            }
            published = true;
            if (hadOutput) {
                fs.delete(previous, true);
            }
        } catch (IOException e) {
            throw new JobException("could not publish the output " + output + ": " + e.getMessage(), e);
        }
    }

    /**
     * Releases the output's lock; a run that did not publish first removes its own staging folder.
     */
    @Override
    public void close() {
        try {
            if (!published) {
                fs.delete(staging, true);
            }
        } catch (IOException e) {
            System.err.println("credibility: could not remove " + staging + " (the next run will): " + e.getMessage());
        } finally {
            lock.close();
        }
    }

    /**
     * Repairs what killed runs left beside {@code output}. If {@code output} is missing, a run was
     * killed between the two renames of its publish: its staging folder is complete (it has its
     * manifest) and is moved in; failing that, the output moved aside is moved back. Then every
     * other {@code .staging-*} folder (a run killed while writing: incomplete, never published)
     * and {@code .previous-*} folder is deleted. Only folders named as this job names them are
     * touched. Call it holding the output's lock: then no run that could own them is live.
     * Returns what was done, one line each.
     */
    static List<String> recover(FileSystem fs, Path output, PrintStream log) throws IOException {
        List<String> done = new ArrayList<>();
        Path parent = output.getParent();
        if (parent == null || !fs.exists(parent)) {
            return done;
        }
        List<Path> staged = leftovers(fs, parent, output.getName() + ".staging-");
        List<Path> previous = leftovers(fs, parent, output.getName() + ".previous-");
        if (!fs.exists(output)) {
            Path restore = null;
            for (Path p : staged) {
                if (fs.exists(new Path(p, MANIFEST))) {
                    restore = p;   // the newest complete staging folder: its publish was cut short
                }
            }
            if (restore == null && !previous.isEmpty()) {
                restore = previous.get(previous.size() - 1);
            }
            if (restore != null) {
                if (!fs.rename(restore, output)) {
                    throw new IOException("could not restore " + restore + " to " + output);
                }
                done.add("restored " + output + " from " + restore.getName() + " (a run was killed while publishing)");
                staged.remove(restore);
                previous.remove(restore);
            }
        }
        List<Path> stale = new ArrayList<>(staged);
        stale.addAll(previous);
        for (Path p : stale) {
            fs.delete(p, true);
            done.add("removed " + p.getName() + " (left by a killed run)");
        }
        done.forEach(line -> log.println("credibility: " + line));
        return done;
    }

    /** The folders beside the output whose names start with {@code prefix}, oldest run first. */
    private static List<Path> leftovers(FileSystem fs, Path parent, String prefix) throws IOException {
        List<Path> found = new ArrayList<>();
        for (FileStatus s : fs.listStatus(parent, p -> p.getName().startsWith(prefix)
                && RUN_ID.matcher(p.getName().substring(prefix.length())).matches())) {
            if (s.isDirectory()) {
                found.add(s.getPath());
            }
        }
        found.sort(Comparator.comparing(Path::getName));
        return found;
    }

    public String outputPath() {
        return output.toString();
    }
}
