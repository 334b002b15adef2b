package org.credibility.jobs.cli;

import static org.credibility.jobs.Commands.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.credibility.features.evidence.ClaimFeatures;
import org.credibility.jobs.Commands.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Command-line errors: one line on stderr, exit 2 (usage) or 1 (a path problem), before Spark starts. */
class MainTest {
    @Test
    void badArgumentsGiveOneLineAndExitTwo() {
        assertEquals(new Outcome(2, "", "credibility: unknown command 'frobnicate' (run, train, score, import, evaluate, generate or explain; see --help)\n"),
                run("frobnicate"));
        assertEquals(new Outcome(2, "", "credibility: run: unknown option '--inptu' (see 'run --help')\n"),
                run("run", "--inptu", "x"));
        assertEquals(new Outcome(2, "", "credibility: run: option '--input' needs a value\n"), run("run", "--input"));
        assertEquals(new Outcome(2, "", "credibility: train: missing required option --model\n"),
                run("train", "--input", "x"));
        assertEquals(new Outcome(2, "", "credibility: score: unexpected argument 'extra' (see 'score --help')\n"),
                run("score", "extra"));
        assertEquals(new Outcome(2, "", "credibility: run: option '--output' given twice\n"),
                run("run", "--output", "a", "--output", "b"));
        assertEquals(new Outcome(2, "", "credibility: missing command (run, train, score, import, evaluate, generate or explain; see --help)\n"), run());
        assertEquals(new Outcome(2, "", "credibility: generate: --articles needs an integer, not 'many'\n"),
                run("generate", "--articles", "many", "--seed", "1", "--output", "x"));
        assertEquals(new Outcome(2, "", "credibility: generate: --articles must be 0 or more, not -3\n"),
                run("generate", "--articles", "-3", "--seed", "1", "--output", "x"));
        assertEquals(new Outcome(2, "", "credibility: generate: missing required option --seed\n"),
                run("generate", "--articles", "3", "--output", "x"));
        assertEquals(new Outcome(2, "", "credibility: evaluate articles: --folds takes an integer of at least 2\n"),
                run("evaluate", "articles", "--input", "x", "--output", "y", "--folds", "1"));
        assertEquals(new Outcome(2, "", "credibility: evaluate: unknown task 'crawl' (stance, credibility or articles;"
                + " see 'evaluate --help')\n"), run("evaluate", "crawl"));
        assertEquals(new Outcome(2, "", "credibility: import article-benchmark: missing required option --emergent\n"),
                run("import", "article-benchmark", "--fnc1-bodies", "b", "--fnc1-stances", "s", "--output", "o"));
    }

    @Test
    void aDateWindowIsTwoIsoDatesInOrder() {
        assertEquals(new Outcome(2, "", "credibility: run: --since needs an ISO date (2017-01-21), not '21/01/2017'\n"),
                run("run", "--since", "21/01/2017"));
        assertEquals(new Outcome(2, "", "credibility: run: --since/--until: the window ends (2017-01-20) before it begins"
                + " (2017-01-21)\n"), run("run", "--since", "2017-01-21", "--until", "2017-01-20"));
        assertEquals(new Outcome(2, "", "credibility: score: missing required option --input\n"),
                run("score", "--model", "m", "--output", "o"));
    }

    @Test
    void versionNamesTheBuildItsCommitSparkAndTheDefaultModel() {
        Outcome o = run("--version");
        assertEquals(0, o.status());
        String[] lines = o.out().split("\n");
        assertEquals(4, lines.length, o.out());
        assertTrue(lines[0].matches("credibility \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), lines[0]);
        assertTrue(lines[1].matches("commit ([0-9a-f]{12}(-dirty)?|unknown)"), lines[1]);
        assertEquals("spark 4.1.0", lines[2]);
        assertEquals("default model stance-20261202T151256Z, credibility-20261202T152928Z ("
                + System.getenv("CREDIBILITY_HOME") + "/seeds/model)", lines[3]);
        assertEquals("", o.err());
    }

    @Test
    void helpForEachCommand() {
        assertTrue(run("--help").out().startsWith("usage: credibility <command>"));
        for (String command : new String[] {"run", "train", "score", "generate"}) {
            Outcome o = run(command, "--help");
            assertEquals(0, o.status());
            assertTrue(o.out().startsWith("usage: credibility " + command + " "), o.out());
        }
    }

    @Test
    void pathProblemsFailBeforeAnyWork(@TempDir Path dir) throws Exception {
        assertEquals(new Outcome(1, "", "credibility: input folder not found: " + dir.resolve("nope") + "\n"),
                run("run", "--input", dir.resolve("nope").toString()));
        assertEquals(new Outcome(1, "", "credibility: input folder has no articles.jsonl: " + dir + "\n"),
                run("run", "--input", dir.toString()));
        Files.writeString(dir.resolve("articles.jsonl"), "{}\n");
        assertEquals(new Outcome(1, "", "credibility: train needs labels.jsonl or stance_labels.jsonl in the input folder: "
                + dir + "\n"), run("train", "--input", dir.toString(), "--model", dir.resolve("m").toString()));
        assertEquals(new Outcome(1, "", "credibility: train needs stance_labels.jsonl in the input folder: " + dir + "\n"),
                run("train", "--input", dir.toString(), "--model", dir.resolve("m").toString(), "--only", "stance"));
        assertEquals(new Outcome(2, "", "credibility: train: --only takes stance or credibility, not 'outlets'\n"),
                run("train", "--input", dir.toString(), "--model", dir.resolve("m").toString(), "--only", "outlets"));
        assertEquals(new Outcome(1, "", "credibility: not a model folder (no metadata.json): " + dir + "\n"),
                run("score", "--input", dir.toString(), "--model", dir.toString(), "--output", "o"));
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        assertEquals(new Outcome(1, "", "credibility: output path is a file, not a folder: " + file + "\n"),
                run("run", "--input", dir.toString(), "--model", "../seeds/model", "--output", file.toString()));
    }

    @Test
    void aFolderThisJobDidNotWriteIsNeverReplaced(@TempDir Path dir) throws Exception {
        Path mydocs = Files.createDirectories(dir.resolve("mydocs"));
        Files.writeString(mydocs.resolve("thesis.txt"), "important");
        assertEquals(new Outcome(1, "", "credibility: refusing to replace " + mydocs + ": it is a folder this job did not"
                + " write (no _manifest.json of a run in it); name a new --output, or move it away yourself\n"),
                run("run", "--model", "../seeds/model", "--input", "../seeds", "--output", mydocs.toString()));
        assertEquals(new Outcome(1, "", "credibility: refusing to write a model into " + mydocs
                + ": it is not a model folder (no metadata.json); name a new --model folder\n"),
                run("train", "--input", "../seeds/labelled", "--model", mydocs.toString()));
        assertEquals("important", Files.readString(mydocs.resolve("thesis.txt")));
        try (var left = Files.list(mydocs)) {
            assertEquals(1, left.count(), "nothing written into it");
        }
    }

    @Test
    void badWaitAndConfSettingsAreUsageErrors() {
        assertEquals(new Outcome(2, "", "credibility: run: --wait needs a whole number of seconds, not 'soon'\n"),
                run("run", "--wait", "soon"));
        assertEquals(new Outcome(2, "", "credibility: score: --wait needs a whole number of seconds, not '-1'\n"),
                run("score", "--input", "i", "--model", "m", "--output", "o", "--wait", "-1"));
        assertEquals(new Outcome(2, "", "credibility: --conf takes spark.NAME=VALUE, not 'executor.memory=2g'\n"),
                run("run", "--conf", "spark.ui.enabled=false", "--conf", "executor.memory=2g"));
    }

    @Test
    void anUnusableModelFolderFailsBeforeAnyWork(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("articles.jsonl"), "{}\n");
        Path model = Files.createDirectories(dir.resolve("model"));
        String[] args = {"score", "--input", dir.toString(), "--model", model.toString(), "--output",
            dir.resolve("out").toString()};
        Files.writeString(model.resolve("metadata.json"), "{\"format\": 2, \"models\": ");
        Outcome o = run(args);
        assertEquals(1, o.status());
        assertTrue(o.err().startsWith("credibility: cannot read " + model.toUri().getPath().replaceAll("/$", "")
                + "/metadata.json: Unexpected end-of-input"), o.err());
        assertEquals(1, o.err().lines().count());

        Files.writeString(model.resolve("metadata.json"), "{\"format\": 9}");
        assertEquals(new Outcome(1, "", "credibility: incompatible model folder " + model
                + ": format 9, this build reads format 2\n"), run(args));

        Files.writeString(model.resolve("metadata.json"),
                "{\"format\": 2, \"models\": {\"credibility\": {\"features\": [\"corroborating_outlets\"]}}}");
        assertEquals(new Outcome(1, "", "credibility: incompatible model folder " + model
                + ": its credibility model was trained on features [corroborating_outlets], this build computes "
                + org.credibility.features.evidence.ClaimFeatures.NAMES + "\n"), run(args));

        Files.writeString(model.resolve("metadata.json"), "{\"format\": 2, \"models\": {}}");
        assertEquals(new Outcome(1, "", "credibility: model folder " + model
                + " holds no model (stance, credibility)\n"), run(args));

        Files.copy(Path.of("../seeds/model/metadata.json"), model.resolve("metadata.json"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertEquals(new Outcome(1, "", "credibility: incomplete model folder " + model
                + ": no MLlib model in stance/\n"), run(args));
        assertFalse(Files.exists(dir.resolve("out")), "nothing was written");
    }
}
