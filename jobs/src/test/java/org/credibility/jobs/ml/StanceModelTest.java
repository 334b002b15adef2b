package org.credibility.jobs.ml;

import org.credibility.jobs.evaluation.StanceEvaluation;
import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.classification.RandomForestClassificationModel;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.credibility.features.stance.StanceFeatures;
import org.credibility.features.text.TermWeights;
import org.credibility.jobs.SharedSpark;
import org.credibility.jobs.importers.Fnc1Importer;
import org.credibility.jobs.io.DateWindow;
import org.credibility.jobs.stages.IngestStage;
import org.credibility.jobs.stages.WatchListStage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stance model on the committed FNC-1 sample: train → save → load → the same term weights
 * and the same predictions.
 */
class StanceModelTest {
    /** The committed FNC-1 sample's 23 labelled pairs: claim_text, the article's sentences, stance. */
    private Dataset<Row> samplePairs(Path dir) throws Exception {
        Path input = dir.resolve("fnc1");
        Fnc1Importer.importTo(Path.of(getClass().getResource("/import/fnc1_bodies.csv").toURI()),
                Path.of(getClass().getResource("/import/fnc1_stances.csv").toURI()), input);
        SparkSession spark = SharedSpark.session();
        Dataset<Row> analyzed = IngestStage.apply(spark, List.of(input.toString()), DateWindow.ALL).analyzed()
                .select(col("id").as("article_id"), col("sentences"));
        Dataset<Row> claims = WatchListStage.claims(spark, List.of(input.toString()))
                .select(col("claim_id"), col("text").as("claim_text"));
        Dataset<Row> pairs = spark.read().schema(StanceEvaluation.LABELS)
                .json(input.resolve("stance_labels.jsonl").toString())
                .join(claims, "claim_id").join(analyzed, "article_id").cache();
        return pairs;
    }

    @Test
    void trainSaveLoadPredict(@TempDir Path dir) throws Exception {
        Dataset<Row> pairs = samplePairs(dir);
        assertEquals(23, pairs.count());

        PipelineModel model = StanceModel.train(pairs);
        TermWeights weights = ((StanceFeaturesTransformer) model.stages()[0]).getTermWeights();
        assertEquals(6 + 21, weights.documents());  // the sample's distinct bodies and headlines
        assertTrue(weights.documentFrequency().values().stream().allMatch(df -> df >= 2 && df <= 27));
        assertTrue(model.stages()[1] instanceof RandomForestClassificationModel);  // related or not
        assertTrue(model.stages()[2] instanceof RandomForestClassificationModel);  // agree / disagree / discuss
        List<Row> predicted = StanceModel.predict(model, pairs)
                .select("claim_id", "article_id", "predicted_stance", "predicted_stance_p")
                .orderBy("claim_id", "article_id").collectAsList();
        // As MLlib's own pipeline output says: unrelated with 1 − P(related) when the first forest
        // predicts unrelated, else the second forest's class with P(related) × P(class | related).
        List<Row> mllib = model.transform(pairs).orderBy("claim_id", "article_id").collectAsList();
        assertEquals(23, predicted.size());
        for (int i = 0; i < predicted.size(); i++) {
            Row m = mllib.get(i);
            double related = m.<Vector>getAs("related_probability").apply(1);
            int stance = (int) m.getDouble(m.fieldIndex("stance_prediction"));
            boolean isRelated = m.getDouble(m.fieldIndex("related_prediction")) == 1.0;
            assertEquals(isRelated ? StanceModel.STANCES.get(stance) : "unrelated", predicted.get(i).getString(2));
            assertEquals(isRelated ? related * m.<Vector>getAs("stance_probability").apply(stance) : 1 - related,
                    predicted.get(i).getDouble(3), 0.0);
        }

        model.write().save(dir.resolve("stance").toString());
        PipelineModel reloaded = PipelineModel.load(dir.resolve("stance").toString());
        assertEquals(weights.documentFrequency(),
                ((StanceFeaturesTransformer) reloaded.stages()[0]).getTermWeights().documentFrequency());
        assertEquals(predicted, StanceModel.predict(reloaded, pairs)
                .select("claim_id", "article_id", "predicted_stance", "predicted_stance_p")
                .orderBy("claim_id", "article_id").collectAsList());
    }

    /**
     * The transformer keeps the last article's side of the features: whatever order the pairs
     * come in (grouped by article, or alternating articles), each vector must equal the one
     * computed directly from its own claim and article. So must the vectors from a claim side
     * computed beforehand as a column, as the stance stage does.
     */
    @Test
    void reusedArticleSideGivesTheSameVectorsInAnyOrder(@TempDir Path dir) throws Exception {
        Dataset<Row> pairs = samplePairs(dir);
        TermWeights weights = StanceModel.termWeights(pairs);
        StanceFeaturesTransformer transformer = new StanceFeaturesTransformer().setTermWeights(weights);

        Map<String, double[]> expected = new HashMap<>();
        for (Row r : pairs.collectAsList()) {
            expected.put(r.<String>getAs("claim_id") + "|" + r.getAs("article_id"), StanceFeatures.standard().compute(
                    r.getAs("claim_text"), SentenceRows.fromRows(r.getList(r.fieldIndex("sentences"))), weights));
        }
        assertEquals(23, expected.size());
        // One partition each, so the UDF sees all pairs in this order: articles grouped, then interleaved.
        Dataset<Row> withClaimSide = pairs.withColumn("claim_side",
                StanceFeaturesTransformer.claimSide(col("claim_text")));
        for (Dataset<Row> ordered : List.of(pairs.coalesce(1).sortWithinPartitions("article_id", "claim_id"),
                pairs.coalesce(1).sortWithinPartitions("claim_id", "article_id"),
                withClaimSide.coalesce(1).sortWithinPartitions("article_id", "claim_id"))) {
            Dataset<Row> transformed = transformer.transform(ordered);
            assertEquals(List.of(ordered.columns()).contains("claim_side"),
                    List.of(transformed.columns()).contains("claim_side"), "a claim side it computed is dropped");
            List<Row> rows = transformed.select("claim_id", "article_id", "stance_features").collectAsList();
            assertEquals(23, rows.size());
            for (Row r : rows) {
                assertArrayEquals(expected.get(r.getString(0) + "|" + r.getString(1)),
                        ((Vector) r.get(2)).toArray(), 0.0, r.getString(0) + " " + r.getString(1));
            }
        }
    }
}
