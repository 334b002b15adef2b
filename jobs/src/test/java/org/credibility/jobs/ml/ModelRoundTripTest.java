package org.credibility.jobs.ml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.credibility.features.evidence.ClaimFeatures;
import org.credibility.features.evidence.OutletRecords;
import org.credibility.jobs.SharedSpark;
import org.credibility.jobs.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * run with labels trains, saves the model with MLlib's writer and scores with it; score reloads
 * that folder and must give the very same scores.
 */
class ModelRoundTripTest {
    @Test
    void trainSaveLoadScoreGivesTheSameScores(@TempDir Path dir) throws Exception {
        SparkSession spark = SharedSpark.session();
        Path trained = dir.resolve("trained");
        Path reloaded = dir.resolve("reloaded");
        assertEquals(0, Main.run(new String[] {"run", "--input", "../seeds/labelled", "--output", trained.toString()}));
        assertEquals(0, Main.run(new String[] {"score", "--input", "../seeds/labelled",
            "--model", trained.resolve("model").toString(), "--output", reloaded.toString()}));

        List<Row> a = spark.read().parquet(trained.resolve("scores").toString())
                .select("claim_id", "outlet_record", "credibility", "explanation").orderBy("claim_id").collectAsList();
        List<Row> b = spark.read().parquet(reloaded.resolve("scores").toString())
                .select("claim_id", "outlet_record", "credibility", "explanation").orderBy("claim_id").collectAsList();
        assertEquals(56, a.size());
        assertEquals(a, b);

        JsonNode meta = new ObjectMapper().readTree(trained.resolve("model").resolve(ModelFolder.METADATA).toFile());
        JsonNode model = meta.path("models").path(ModelFolder.CREDIBILITY);
        assertEquals(19, model.path("claims_true").asInt());
        assertEquals(3, model.path("claims_false").asInt());
        assertEquals(ClaimFeatures.NAMES.size(), model.path("features").size());
        // The seeds' 22 labelled claims, 19 true, reported asserted or attributed by all five
        // outlets (SouthFront's plain attributions count since reports are read by relation).
        assertEquals(5, model.path("outlet_records").path("outlets").asInt());
        assertEquals(19 / 22.0, model.path("outlet_records").path("base_rate").asDouble(), 1e-12);
        assertEquals(OutletRecords.PRIOR_CLAIMS, model.path("outlet_records").path("prior_claims").asDouble());
        double auc = model.path("metrics").path("training_auc").asDouble();
        assertTrue(auc > 0.5 && auc <= 1.0, "training AUC " + auc);

        JsonNode manifest = new ObjectMapper().readTree(trained.resolve("_manifest.json").toFile());
        assertEquals("[\"credibility\"]", manifest.path("trained_in_this_run").toString());
        JsonNode used = manifest.path("models").path(ModelFolder.CREDIBILITY);
        assertEquals(trained.resolve("model").toUri().getPath().replaceAll("/$", ""),
                java.net.URI.create(used.path("path").asText()).getPath());
        assertEquals(model.path("version").asText(), used.path("version").asText());
        // The seeds have no stance labels: the stance model came from the shipped default, and the
        // trained folder says so.
        JsonNode shipped = new ObjectMapper().readTree(Path.of("../seeds/model", ModelFolder.METADATA).toFile());
        assertEquals(shipped.path("models").path(ModelFolder.STANCE).path("version"),
                manifest.path("models").path(ModelFolder.STANCE).path("version"));
        assertEquals(shipped.path("models").path(ModelFolder.STANCE).path("version"),
                meta.path("fallbacks").path(ModelFolder.STANCE).path("version"));
        assertTrue(meta.path("models").path(ModelFolder.STANCE).isMissingNode());
    }

    @Test
    void coefficientsKeepTheirSigns(@TempDir Path dir) {
        Path model = dir.resolve("model");
        assertEquals(0, Main.run(new String[] {"train", "--input", "../seeds/labelled", "--model", model.toString()}));
        double[] weights = CredibilityModel.contributionWeights(ModelFolder.load(SharedSpark.session(),
                model.toString()).get(ModelFolder.CREDIBILITY).pipeline())[1];
        for (int i = 0; i < weights.length; i++) {
            int sign = CredibilityModel.SIGNS.get(ClaimFeatures.NAMES.get(i));
            assertTrue(sign == 0 || Math.signum(weights[i]) == 0 || Math.signum(weights[i]) == sign,
                    ClaimFeatures.NAMES.get(i) + " has weight " + weights[i]);
        }
    }
}
