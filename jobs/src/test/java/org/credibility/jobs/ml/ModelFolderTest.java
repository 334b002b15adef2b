package org.credibility.jobs.ml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.credibility.jobs.cli.Main;
import org.credibility.jobs.SharedSpark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The model folder across commands, on the committed samples of both data sets: FNC-1 teaches
 * only stance, Emergent has verdicts; what a folder lacks comes from the default model, and the
 * output says which model scored what.
 */
class ModelFolderTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SAMPLES = "src/test/resources/import/";

    @TempDir
    static Path dir;
    static Path fnc1;
    static Path emergent;

    @BeforeAll
    static void importTheSamples() {
        fnc1 = dir.resolve("fnc1");
        emergent = dir.resolve("emergent");
        assertEquals(0, Main.run(new String[] {"import", "fnc1", "--bodies", SAMPLES + "fnc1_bodies.csv",
            "--stances", SAMPLES + "fnc1_stances.csv", "--output", fnc1.toString()}));
        assertEquals(0, Main.run(new String[] {"import", "emergent", "--csv", SAMPLES + "emergent.csv",
            "--output", emergent.toString()}));
    }

    @Test
    void trainStanceThenCredibilityIntoOneFolderThatThenScores() throws IOException {
        Path model = dir.resolve("public-model");
        assertEquals(0, Main.run(new String[] {"train", "--input", fnc1.toString(), "--model", model.toString(),
            "--only", "stance"}));
        JsonNode afterStance = metadata(model);
        assertEquals(List.of("stance"), names(afterStance.path("models")));
        String stanceVersion = afterStance.path("models").path("stance").path("version").asText();
        assertTrue(stanceVersion.startsWith("stance-"), stanceVersion);
        assertEquals("stance_labels.jsonl", afterStance.path("models").path("stance").path("trained_on")
                .path("labels").asText());

        // Emergent has stance labels too; --only credibility keeps the folder's FNC-1 stance model.
        assertEquals(0, Main.run(new String[] {"train", "--input", emergent.toString(), "--model", model.toString(),
            "--only", "credibility"}));
        JsonNode both = metadata(model);
        assertEquals(List.of("stance", "credibility"), names(both.path("models")));
        assertEquals(stanceVersion, both.path("models").path("stance").path("version").asText());
        assertEquals(List.of(), names(both.path("fallbacks")));

        Path out = dir.resolve("scored");
        assertEquals(0, Main.run(new String[] {"score", "--input", emergent.toString(), "--model", model.toString(),
            "--output", out.toString()}));
        JsonNode manifest = JSON.readTree(out.resolve("_manifest.json").toFile());
        for (String name : List.of("stance", "credibility")) {
            assertEquals(both.path("models").path(name).path("version").asText(),
                    manifest.path("models").path(name).path("version").asText(), name);
        }
        assertEquals(0, manifest.path("trained_in_this_run").size());
    }

    @Test
    void aRunOnStanceLabelsAloneTrainsStanceAndScoresWithTheDefaultCredibilityModel() throws IOException {
        Path out = dir.resolve("fnc1-run");
        assertEquals(0, Main.run(new String[] {"run", "--input", fnc1.toString(), "--output", out.toString()}));
        JsonNode manifest = JSON.readTree(out.resolve("_manifest.json").toFile());
        assertEquals("[\"stance\"]", manifest.path("trained_in_this_run").toString());
        JsonNode trained = metadata(out.resolve("model"));
        assertEquals(List.of("stance"), names(trained.path("models")));
        JsonNode shipped = metadata(Path.of("../seeds/model"));
        String defaultCredibility = shipped.path("models").path("credibility").path("version").asText();
        assertEquals(defaultCredibility, trained.path("fallbacks").path("credibility").path("version").asText());
        assertEquals(defaultCredibility, manifest.path("models").path("credibility").path("version").asText());
        assertEquals(trained.path("models").path("stance").path("version").asText(),
                manifest.path("models").path("stance").path("version").asText());

        // Every labelled pair is a known report: each is judged by the model trained on it, and kept.
        List<Row> mentions = SharedSpark.session().read().parquet(out.resolve("mentions").toString())
                .filter("known_report").select("stance").collectAsList();
        long labelled = java.nio.file.Files.lines(fnc1.resolve("stance_labels.jsonl")).count();
        assertEquals(labelled, mentions.size());
    }

    private static JsonNode metadata(Path model) throws IOException {
        return JSON.readTree(model.resolve(ModelFolder.METADATA).toFile());
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new java.util.ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
