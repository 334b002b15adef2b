package org.credibility.jobs.io;

import org.credibility.jobs.JobException;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a killed run leaves beside the output, and how the next run repairs it (no Spark needed). */
class OutputWriterTest {
    @TempDir
    Path dir;

    private Path folder(String name, boolean manifest) throws Exception {
        Path p = Files.createDirectories(dir.resolve(name).resolve("scores"));
        Files.writeString(p.resolve("part-0.parquet"), name);
        if (manifest) {
            Files.writeString(dir.resolve(name).resolve(OutputWriter.MANIFEST), "{\"run\":\"" + name + "\"}");
        }
        return dir.resolve(name);
    }

    private List<String> recover() throws Exception {
        FileSystem fs = FileSystem.getLocal(new Configuration());
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        List<String> done = OutputWriter.recover(fs, fs.makeQualified(new org.apache.hadoop.fs.Path(dir.resolve("out").toString())),
                new PrintStream(log, true, StandardCharsets.UTF_8));
        assertEquals(done.stream().map(l -> "credibility: " + l + "\n").reduce("", String::concat),
                log.toString(StandardCharsets.UTF_8));
        return done;
    }

    private List<String> listing() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        }
    }

    private String manifest() throws Exception {
        return Files.readString(dir.resolve("out").resolve(OutputWriter.MANIFEST));
    }

    @Test
    void aRunKilledWhileWritingLeavesAStagingFolderThatIsRemoved() throws Exception {
        folder("out", true);
        folder("out.staging-200-0000000b", false);
        assertEquals(List.of("removed out.staging-200-0000000b (left by a killed run)"), recover());
        assertEquals(List.of("out"), listing());
        assertEquals("{\"run\":\"out\"}", manifest());
    }

    @Test
    void aRunKilledBetweenTheTwoRenamesIsRolledForward() throws Exception {
        folder("out.previous-200-0000000b", true);
        folder("out.staging-200-0000000b", true);
        List<String> done = recover();
        assertEquals(2, done.size());
        assertEquals(true, done.get(0).startsWith("restored ") && done.get(0).endsWith(
                "/out from out.staging-200-0000000b (a run was killed while publishing)"), done.get(0));
        assertEquals("removed out.previous-200-0000000b (left by a killed run)", done.get(1));
        assertEquals(List.of("out"), listing());
        assertEquals("{\"run\":\"out.staging-200-0000000b\"}", manifest());
    }

    @Test
    void withoutACompleteStagingFolderThePreviousOutputIsMovedBack() throws Exception {
        folder("out.previous-100-0000000a", true);
        folder("out.staging-300-0000000c", false);
        recover();
        assertEquals(List.of("out"), listing());
        assertEquals("{\"run\":\"out.previous-100-0000000a\"}", manifest());
    }

    @Test
    void aRunKilledAfterPublishingLeavesOnlyThePreviousFolderToDelete() throws Exception {
        folder("out", true);
        folder("out.previous-200-0000000b", true);
        folder("other.staging-1", false);
        assertEquals(List.of("removed out.previous-200-0000000b (left by a killed run)"), recover());
        assertEquals(List.of("other.staging-1", "out"), listing());
    }

    @Test
    void nothingToDoIsSilent() throws Exception {
        assertEquals(List.of(), recover());
        folder("out", true);
        assertEquals(List.of(), recover());
    }

    @Test
    void foldersNotNamedAsTheJobNamesThemAreNeverTouched() throws Exception {
        folder("out", true);
        folder("out.staging-notes", false);
        folder("out.previous-1", true);
        assertEquals(List.of(), recover());
        assertEquals(List.of("out", "out.previous-1", "out.staging-notes"), listing());
    }

    private String refusal(String name) throws Exception {
        FileSystem fs = FileSystem.getLocal(new Configuration());
        try {
            OutputWriter.requireReplaceable(fs, new org.apache.hadoop.fs.Path(dir.resolve(name).toString()), name);
            return "replaceable";
        } catch (JobException e) {
            return e.getMessage();
        }
    }

    @Test
    void onlyAnOutputOfThisJobOrAnEmptyFolderMayBeReplaced() throws Exception {
        assertEquals("replaceable", refusal("missing"));
        Files.createDirectories(dir.resolve("empty"));
        assertEquals("replaceable", refusal("empty"));
        Files.createDirectories(dir.resolve("ours"));
        Files.writeString(dir.resolve("ours").resolve(OutputWriter.MANIFEST), "{\"run_id\": \"1-0000000a\", \"command\": \"run\"}");
        assertEquals("replaceable", refusal("ours"));

        Files.createDirectories(dir.resolve("mydocs"));
        Files.writeString(dir.resolve("mydocs").resolve("thesis.txt"), "important");
        String refused = "refusing to replace mydocs: it is a folder this job did not write (no _manifest.json of a run in"
                + " it); name a new --output, or move it away yourself";
        assertEquals(refused, refusal("mydocs"));
        // A manifest of someone else's (or a broken one) is not this job's.
        Files.writeString(dir.resolve("mydocs").resolve(OutputWriter.MANIFEST), "{\"title\": \"my notes\"}");
        assertEquals(refused, refusal("mydocs"));
        Files.writeString(dir.resolve("mydocs").resolve(OutputWriter.MANIFEST), "{\"run_id\": ");
        assertEquals(refused, refusal("mydocs"));
        Files.writeString(dir.resolve("a-file"), "x");
        assertEquals("output path is a file, not a folder: a-file", refusal("a-file"));
    }
}
