package org.credibility.jobs.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.credibility.jobs.cli.Main;
import org.credibility.jobs.SharedSpark;
import org.credibility.jobs.importers.EmergentImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * evaluate credibility on nine Emergent claims (three of each label, resources/emergent-cv) in
 * three folds: the folds, the held-out counts and the oracle line, which needs no model.
 */
class CredibilityEvaluationTest {
    @Test
    void crossValidatesOnHeldOutClaimsAndWritesTheReport(@TempDir Path dir) throws Exception {
        SharedSpark.session();
        Path input = dir.resolve("emergent");
        EmergentImporter.importTo(Path.of(getClass().getResource("/emergent-cv/emergent.csv").toURI()), input);
        Path output = dir.resolve("report");
        assertEquals(0, Main.run(new String[] {"evaluate", "credibility", "--input", input.toString(),
            "--output", output.toString(), "--folds", "3", "--seed", "1"}));

        JsonNode report = new ObjectMapper().readTree(output.resolve("report.json").toFile());
        JsonNode folds = report.path("folds").path("folds");
        // Dealt per label in CRC-32 order of "1\u001fclaim id" (checked with Python's zlib.crc32).
        List<List<String>> expected = List.of(
                List.of("Willie-Nelson-death-hoax", "husband-hears-lost-voicemail-recording", "underwear-thief-shaming"),
                List.of("Samsung-Apple-watch-processor", "Wanted-Suspect-Facebook-Cops", "macklemore-joining-ISIS"),
                List.of("ISIS-treasurer-stole-money", "nigerian-women-fought-off-boko-haram", "scorpion-delays-plane"));
        Set<String> seen = new HashSet<>();
        for (int f = 0; f < 3; f++) {
            List<String> claims = new ArrayList<>();
            folds.get(f).path("claims").forEach(c -> claims.add(c.asText()));
            assertEquals(expected.get(f), claims);
            assertEquals(List.of(1, 1, 1), List.of(folds.get(f).path("true").asInt(), folds.get(f).path("false").asInt(),
                    folds.get(f).path("unverified").asInt()));
            claims.forEach(c -> assertTrue(seen.add(c), c + " is in two folds"));
        }
        assertEquals(9, seen.size());

        // Every claim scored once, held out; its 40 stance-labelled reports judged once, held out.
        JsonNode byLabel = report.path("held_out").path("scores_by_label");
        assertEquals(List.of(3, 3, 3), List.of(byLabel.path("true").path("claims").asInt(),
                byLabel.path("false").path("claims").asInt(), byLabel.path("unverified").path("claims").asInt()));
        assertEquals(3, report.path("held_out").path("roc_auc_per_fold").size());
        assertEquals(40, report.path("stance_held_out").path("pairs").asInt());
        // The true claims' reports are all "for"; the false ones' are 2/3, 4/5 and 4/4 "against".
        assertEquals(1.0, report.path("oracle").path("roc_auc_one_minus_deny_share").asDouble());
        assertEquals(1.0, report.path("oracle").path("roc_auc_agree_minus_deny_share").asDouble());
        // The same formulas on predicted stances, whatever the stance models made of 40 reports.
        for (String baseline : List.of("roc_auc_one_minus_deny_share", "roc_auc_agree_minus_deny_share")) {
            JsonNode auc = report.path("held_out").path("baselines").path(baseline);
            assertTrue(auc.isNumber() && auc.asDouble() >= 0 && auc.asDouble() <= 1, baseline + ": " + auc);
        }

        String html = Files.readString(output.resolve("report.html"));
        assertTrue(html.contains("<h3>Confusion matrix</h3>"), html);
        assertTrue(html.contains("<img src=\"calibration.png\""), html);
        byte[] png = Files.readAllBytes(output.resolve("calibration.png"));
        assertEquals(List.of((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G'), List.of(png[0], png[1], png[2], png[3]));
    }
}
