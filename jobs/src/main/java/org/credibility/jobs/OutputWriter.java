package org.credibility.jobs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Writes a run's tables into a staging folder beside the output ({@code OUT.staging-RUNID}),
 * {@code _manifest.json} last, then publishes it by renaming: a reader sees the previous complete
 * output or the new complete one, never a half-written table.
 *
 * <p>Publishing is two renames: {@code OUT → OUT.previous-RUNID}, then {@code OUT.staging-RUNID
 * → OUT}; then the previous output is deleted. A run killed between the two renames leaves no
 * {@code OUT} for a moment; the next run's {@link #begin} repairs that before it does anything
 * else (see {@link #recover}), and removes the leftovers of killed runs. One run at a time may
 * write to an output folder.
 */
public final class OutputWriter {
    public static final String MANIFEST = "_manifest.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final FileSystem fs;
    private final Path output;
    private final Path staging;
    private final Path previous;

    private OutputWriter(FileSystem fs, Path output, String runId) {
        this.fs = fs;
        this.output = output;
        this.staging = new Path(output.getParent(), output.getName() + ".staging-" + runId);
        this.previous = new Path(output.getParent(), output.getName() + ".previous-" + runId);
    }

    public static OutputWriter begin(SparkSession spark, String output, String runId) {
        try {
            Path out = new Path(output);
            FileSystem fs = out.getFileSystem(spark.sparkContext().hadoopConfiguration());
            out = fs.makeQualified(out);
            recover(fs, out, System.err);
            return new OutputWriter(fs, out, runId);
        } catch (IOException e) {
            throw new JobException("cannot use output folder " + output + ": " + e.getMessage(), e);
        }
    }

    /** A path inside the staging folder, for what is not a table (the model). */
    public String staged(String name) {
        return new Path(staging, name).toString();
    }

    /** Writes a small file (a report page, a chart) at a path relative to the staging folder. */
    public void file(String relativePath, byte[] bytes) {
        // On a local disk, without Hadoop's .crc side files: these are files for people to open.
        FileSystem target = fs instanceof LocalFileSystem local ? local.getRawFileSystem() : fs;
        try (OutputStream out = target.create(new Path(staging, relativePath), true)) {
            out.write(bytes);
        } catch (IOException e) {
            throw new JobException("could not write " + relativePath + ": " + e.getMessage(), e);
        }
    }

    public void table(String name, Dataset<Row> table) {
        table.write().parquet(staged(name));
    }

    /** Writes the manifest into staging, then swaps staging in for the output. */
    public void publish(Object manifest) {
        try {
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
            if (hadOutput) {
                fs.delete(previous, true);
            }
        } catch (IOException e) {
            throw new JobException("could not publish the output " + output + ": " + e.getMessage(), e);
        }
    }

    /**
     * Repairs what killed runs left beside {@code output}. If {@code output} is missing, a run was
     * killed between the two renames of its publish: its staging folder is complete (it has its
     * manifest) and is moved in; failing that, the output moved aside is moved back. Then every
     * other {@code .staging-*} folder (a run killed while writing: incomplete, never published)
     * and {@code .previous-*} folder is deleted. Returns what was done, one line each.
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
        for (FileStatus s : fs.listStatus(parent, p -> p.getName().startsWith(prefix))) {
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
