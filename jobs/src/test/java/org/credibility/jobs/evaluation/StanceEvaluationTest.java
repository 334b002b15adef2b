package org.credibility.jobs.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.credibility.jobs.SharedSpark;
import org.credibility.jobs.importers.Fnc1Importer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * evaluate stance reads stance_labels.jsonl as run and train do: a stance written "Agree" or
 * " UNRELATED " is the label agree or unrelated, counted like its lower-case spelling.
 */
class StanceEvaluationTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void countsMixedCaseStancesAsTheirLowerCaseLabels(@TempDir Path dir) throws Exception {
        Path lower = dir.resolve("lower");
        Fnc1Importer.importTo(Path.of(getClass().getResource("/import/fnc1_bodies.csv").toURI()),
                Path.of(getClass().getResource("/import/fnc1_stances.csv").toURI()), lower);
        Path mixed = dir.resolve("mixed");
        Files.createDirectories(mixed);
        for (String file : List.of("articles.jsonl", "claims.jsonl")) {
            Files.copy(lower.resolve(file), mixed.resolve(file));
        }
        List<String> lines = new ArrayList<>();
        int rewritten = 0;
        for (String line : Files.readAllLines(lower.resolve("stance_labels.jsonl"), StandardCharsets.UTF_8)) {
            ObjectNode label = (ObjectNode) JSON.readTree(line);
            String stance = label.get("stance").asText();
            if (stance.equals("agree") || stance.equals("unrelated")) {
                label.put("stance", stance.equals("agree") ? "Agree" : " UNRELATED ");
                rewritten++;
            }
            lines.add(JSON.writeValueAsString(label));
        }
        assertEquals(15, rewritten);  // the sample's 9 agree and 6 unrelated pairs (one agree row is repeated)
        Files.write(mixed.resolve("stance_labels.jsonl"), lines, StandardCharsets.UTF_8);

        Map<String, Object> expected = split(lower, dir.resolve("lower-report"));
        Map<String, Object> actual = split(mixed, dir.resolve("mixed-report"));
        assertEquals(expected, actual);
        assertEquals(23L, (long) actual.get("train_pairs") + (long) actual.get("dev_pairs")
                + (long) actual.get("pairs_left_out"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> split(Path input, Path output) {
        Map<String, Object> report = StanceEvaluation.run(SharedSpark.session(), input.toString(), output,
                GroupedSplit.Grouping.ARTICLE, 0.5, 1);
        return (Map<String, Object>) report.get("split");
    }
}
