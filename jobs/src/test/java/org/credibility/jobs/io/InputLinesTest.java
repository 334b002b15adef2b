package org.credibility.jobs.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaRDD;
import org.credibility.jobs.SharedSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputLinesTest {
    @TempDir
    Path dir;

    @Test
    void aSmallFileIsOnePartitionWithItsLinesNumbered() throws IOException {
        Path file = dir.resolve("small.jsonl");
        Files.writeString(file, "{\"a\":1}\n\n{\"b\":2}\n", StandardCharsets.UTF_8);
        JavaRDD<InputLines.Line> lines = InputLines.read(SharedSpark.session(), file.toString());
        assertEquals(1, lines.getNumPartitions());
        assertEquals(List.of("1 7 {\"a\":1}", "2 0 ", "3 7 {\"b\":2}"), described(lines));
    }

    @Test
    void aLargerFileIsSplitInMebibytesAndKeepsItsLineOrder() throws IOException {
        // 30,000 lines of 100 bytes: 3,000,000 bytes. The test session's 2 cores ask for 8 splits
        // (375,000 bytes each), but no split is under 1 MiB: Hadoop makes 1 MiB, 1 MiB and the rest.
        Path file = dir.resolve("large.jsonl");
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 30_000; i++) {
            text.append(String.format("line %07d%s\n", i, ".".repeat(87)));
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
        assertEquals(3_000_000, Files.size(file));
        JavaRDD<InputLines.Line> lines = InputLines.read(SharedSpark.session(), file.toString());
        assertEquals(3, lines.getNumPartitions());
        List<String> read = described(lines);
        assertEquals(30_000, read.size());
        for (int i = 1; i <= read.size(); i++) {
            assertEquals(String.format("%d 99 line %07d%s", i, i, ".".repeat(87)), read.get(i - 1));
        }
    }

    @Test
    void aLargerMinimumSplitOfTheUsersOwnHolds() throws IOException {
        Path file = dir.resolve("large.jsonl");
        Files.writeString(file, ("x".repeat(99) + "\n").repeat(30_000), StandardCharsets.UTF_8);
        Configuration hadoop = SharedSpark.session().sparkContext().hadoopConfiguration();
        String key = org.apache.hadoop.mapreduce.lib.input.FileInputFormat.SPLIT_MINSIZE;
        hadoop.setLong(key, 2 << 20);
        try {
            // 3,000,000 bytes in splits of at least 2 MiB: 2 MiB and the rest.
            assertEquals(2, InputLines.read(SharedSpark.session(), file.toString()).getNumPartitions());
        } finally {
            hadoop.unset(key);
        }
    }

    /** "number length text" of each line, in order (the records themselves are not for collecting). */
    private static List<String> described(JavaRDD<InputLines.Line> lines) {
        return lines.map(l -> l.number() + " " + l.length() + " " + new String(l.bytes(), StandardCharsets.UTF_8)).collect();
    }
}
