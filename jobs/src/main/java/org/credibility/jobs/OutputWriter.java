package org.credibility.jobs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
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
                throw new IOException("could not move " + staging + " to " + output);
            }
            if (hadOutput) {
                fs.delete(previous, true);
            }
        } catch (IOException e) {
            throw new JobException("could not publish the output " + output + ": " + e.getMessage(), e);
        }
    }

    public String outputPath() {
        return output.toString();
    }
}
