package org.credibility.jobs.ml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.credibility.jobs.SharedSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TermsTransformerTest {
    @Test
    void foldsAliasesAndPersistsWithItsPipeline(@TempDir Path dir) throws Exception {
        Dataset<Row> text = SharedSpark.session()
                .createDataset(List.of("Daesh positions near al-Bab were struck."), Encoders.STRING()).toDF("body");
        PipelineModel model = new Pipeline().setStages(new PipelineStage[] {
            new TermsTransformer().setInputCol("body").setOutputCol("words")}).fit(text);
        List<Object> terms = model.transform(text).first().getList(1);
        assertEquals(List.of("isis", "position", "near", "al", "bab", "strike"), terms);

        model.write().save(dir.resolve("p").toString());
        PipelineModel reloaded = PipelineModel.load(dir.resolve("p").toString());
        TermsTransformer stage = (TermsTransformer) reloaded.stages()[0];
        assertEquals("body", stage.getInputCol());
        assertEquals("words", stage.getOutputCol());
        assertEquals(terms, reloaded.transform(text).first().getList(1));
    }
}
