package org.credibility.jobs.io;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapred.FileInputFormat;
import org.apache.hadoop.mapred.JobConf;
import org.apache.hadoop.mapred.TextInputFormat;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * A JSON-lines file as its lines' raw bytes with their 1-based line numbers. Bytes, not
 * Hadoop's decoded text, so that invalid UTF-8 can be noticed (Hadoop replaces it silently).
 * Line numbers follow the file's order (splits are numbered by offset), whatever the partitioning.
 */
public final class InputLines {

    /**
     * One line: its number, its length in bytes, and its bytes, or only the first
     * {@link ArticleLine#RAW_LIMIT} of them when it is longer than {@link LineText#MAX_LINE_BYTES}.
     */
    public record Line(long number, int length, byte[] bytes) implements Serializable {
        public boolean tooLong() {
            return length > LineText.MAX_LINE_BYTES;
        }
    }

    /** Input splits a core, for an input large enough ({@link #MIN_SPLIT_BYTES}); more for files of many blocks. */
    static final int SPLITS_PER_CORE = 4;
    /**
     * No split smaller than this: a small input (the seeds, a test's few lines) stays in one
     * partition instead of eight of a few lines each, which every later narrow stage would inherit.
     * 1 MiB is some 1,200 generated articles; the benchmark's corpora (21 MB and up) still get
     * {@link #SPLITS_PER_CORE} a core.
     */
    static final long MIN_SPLIT_BYTES = 1 << 20;

    /** Makes a row of a line of the file in the {@code folder}-th folder read. */
    public interface LineRow extends Serializable {
        Row of(int folder, Line line);
    }

    private InputLines() {
    }

    /**
     * The file of that name in each of {@code folders}, in order, as rows made by {@code row}; the
     * lines of each file numbered from 1.
     */
    @SuppressWarnings("unchecked")
    public static JavaRDD<Row> readAll(SparkSession spark, List<String> folders, String file, LineRow row) {
        List<JavaRDD<Row>> files = new ArrayList<>();
        for (int i = 0; i < folders.size(); i++) {
            int folder = i;
            files.add(read(spark, folders.get(i) + "/" + file).map(line -> row.of(folder, line)));
        }
        return files.size() == 1 ? files.get(0)
                : JavaSparkContext.fromSparkContext(spark.sparkContext()).union(files.toArray(JavaRDD[]::new));
    }

    public static JavaRDD<Line> read(SparkSession spark, String path) {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        // Splits for a few tasks a core: the articles are parsed and analysed in these partitions.
        int splits = SPLITS_PER_CORE * sc.defaultParallelism();
        JobConf conf = new JobConf(sc.hadoopConfiguration());
        FileInputFormat.setInputPaths(conf, path);
        // A larger minimum of the user's own (spark.hadoop.…split.minsize) still holds.
        String minSize = org.apache.hadoop.mapreduce.lib.input.FileInputFormat.SPLIT_MINSIZE;
        conf.setLong(minSize, Math.max(conf.getLong(minSize, 1), MIN_SPLIT_BYTES));
        return sc.hadoopRDD(conf, TextInputFormat.class, LongWritable.class, Text.class, splits)
                .map(t -> copy(t._2()))   // Hadoop reuses the Text: copy before anything keeps it
                .zipWithIndex()
                .map(t -> new Line(t._2() + 1, t._1().length(), t._1().bytes()));
    }

    private static Line copy(Text text) {
        int length = text.getLength();
        int keep = length > LineText.MAX_LINE_BYTES ? ArticleLine.RAW_LIMIT : length;
        return new Line(0, length, Arrays.copyOf(text.getBytes(), keep));
    }

    public static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n' && b != '\f' && b != 0x0B) {
                return false;
            }
        }
        return true;
    }

    public static String tooLong(long bytes) {
        return String.format(Locale.ROOT, "line too long: %,d bytes, the limit is %,d", bytes, LineText.MAX_LINE_BYTES);
    }
}
