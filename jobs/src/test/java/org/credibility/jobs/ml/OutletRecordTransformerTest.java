package org.credibility.jobs.ml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.credibility.features.evidence.OutletRecords;
import org.credibility.jobs.SharedSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutletRecordTransformerTest {
    private static final StructType SCHEMA = new StructType()
            .add("claim_id", DataTypes.StringType)
            .add("asserted_by", DataTypes.createArrayType(DataTypes.StringType))
            .add("label", DataTypes.DoubleType);

    @Test
    void learnsTheRecordsOfItsTrainingClaimsAndPersistsThemWithItsPipeline(@TempDir Path dir) throws Exception {
        // Four labelled claims, one true: base rate 0.25. Sputnik asserted two false claims and the
        // true one: (1 + 0.25) / (3 + 1); UPI one false claim: 0.25 / 2.
        Dataset<Row> training = SharedSpark.session().createDataFrame(List.of(
                RowFactory.create("a", List.of("Sputnik", "UPI"), 0.0),
                RowFactory.create("b", List.of("Sputnik"), 0.0),
                RowFactory.create("c", List.of("Sputnik"), 1.0),
                RowFactory.create("d", List.of(), 0.0)), SCHEMA);
        OutletRecordTransformer stage = OutletRecordTransformer.learn(training);
        assertEquals(List.of(new OutletRecords.Record("Sputnik", 3, 1), new OutletRecords.Record("UPI", 1, 0)),
                List.copyOf(stage.getRecords().records()));

        // Scored claims need no label; an outlet without a record counts at the base rate.
        Dataset<Row> scored = SharedSpark.session().createDataFrame(List.of(
                RowFactory.create("x", List.of("UPI", "Sputnik"), null),
                RowFactory.create("y", List.of("SouthFront"), null),
                RowFactory.create("z", List.of(), null)), SCHEMA);
        PipelineModel model = new Pipeline().setStages(new PipelineStage[] {stage}).fit(training);
        List<Double> expected = List.of((1.25 / 4 + 0.25 / 2) / 2, 0.25, 0.25);
        assertEquals(expected, records(model, scored));

        model.write().save(dir.resolve("p").toString());
        PipelineModel reloaded = PipelineModel.load(dir.resolve("p").toString());
        assertEquals(0.25, ((OutletRecordTransformer) reloaded.stages()[0]).getRecords().baseRate());
        assertEquals(expected, records(reloaded, scored));
    }

    private static List<Double> records(PipelineModel model, Dataset<Row> claims) {
        return model.transform(claims).orderBy("claim_id").select("outlet_record").collectAsList().stream()
                .map(r -> r.getDouble(0)).toList();
    }
}
