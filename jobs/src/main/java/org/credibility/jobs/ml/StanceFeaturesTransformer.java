package org.credibility.jobs.ml;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.udf;

import java.util.List;
import java.util.Objects;
import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.util.DefaultParamsReader;
import org.apache.spark.ml.util.DefaultParamsWritable;
import org.apache.spark.ml.util.Identifiable$;
import org.apache.spark.ml.util.MLReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.credibility.features.StanceFeatures;
import org.credibility.jobs.stages.SentenceRows;
import scala.collection.Seq;

/**
 * MLlib stage: (claim text, article's analysed sentences) → the stance feature vector of
 * {@link StanceFeatures} (plain Java). Persists with a pipeline, like {@link TermsTransformer}.
 */
public final class StanceFeaturesTransformer extends Transformer implements DefaultParamsWritable {
    private static final UserDefinedFunction FEATURES = udf(
            (UDF2<String, Seq<Row>, org.apache.spark.ml.linalg.Vector>) (claim, sentences) -> Vectors.dense(
                    StanceFeatures.standard().compute(claim == null ? "" : claim, body(sentences))),
            SQLDataTypes.VectorType());
    /**
     * The last article's body, per task thread. Pairs reach this stage joined on the article, so
     * an article's pairs mostly come one after another and its sentences are normalised once.
     */
    private static final ThreadLocal<LastBody> LAST = new ThreadLocal<>();

    private record LastBody(Seq<Row> sentences, StanceFeatures.Body body) {
    }

    private static StanceFeatures.Body body(Seq<Row> sentences) {
        LastBody last = LAST.get();
        if (last != null && Objects.equals(last.sentences(), sentences)) {
            return last.body();
        }
        StanceFeatures.Body body = StanceFeatures.standard().body(sentences == null ? List.of()
                : SentenceRows.fromRows(scala.jdk.javaapi.CollectionConverters.asJava(sentences)));
        LAST.set(new LastBody(sentences, body));
        return body;
    }

    private final String uid;
    private final Param<String> claimCol;
    private final Param<String> sentencesCol;
    private final Param<String> outputCol;

    public StanceFeaturesTransformer() {
        this(Identifiable$.MODULE$.randomUID("stanceFeatures"));
    }

    public StanceFeaturesTransformer(String uid) {
        this.uid = uid;
        this.claimCol = new Param<>(this, "claimCol", "column of claim text");
        this.sentencesCol = new Param<>(this, "sentencesCol", "column of the article's analysed sentences");
        this.outputCol = new Param<>(this, "outputCol", "column of the feature vector");
        setDefault(claimCol, "claim_text");
        setDefault(sentencesCol, "sentences");
        setDefault(outputCol, "stance_features");
    }

    public Param<String> claimCol() {
        return claimCol;
    }

    public Param<String> sentencesCol() {
        return sentencesCol;
    }

    public Param<String> outputCol() {
        return outputCol;
    }

    public StanceFeaturesTransformer setOutputCol(String value) {
        set(outputCol, value);
        return this;
    }

    public String getOutputCol() {
        return getOrDefault(outputCol);
    }

    @Override
    public Dataset<Row> transform(Dataset<?> dataset) {
        transformSchema(dataset.schema());
        return dataset.withColumn(getOutputCol(),
                FEATURES.apply(col(getOrDefault(claimCol)), col(getOrDefault(sentencesCol))));
    }

    @Override
    public StructType transformSchema(StructType schema) {
        if (!schema.apply(getOrDefault(claimCol)).dataType().equals(DataTypes.StringType)) {
            throw new IllegalArgumentException("column " + getOrDefault(claimCol) + " must be a string");
        }
        if (!(schema.apply(getOrDefault(sentencesCol)).dataType() instanceof ArrayType)) {
            throw new IllegalArgumentException("column " + getOrDefault(sentencesCol) + " must be an array of sentences");
        }
        return schema.add(getOutputCol(), SQLDataTypes.VectorType(), false);
    }

    @Override
    public StanceFeaturesTransformer copy(ParamMap extra) {
        return defaultCopy(extra);
    }

    @Override
    public String uid() {
        return uid;
    }

    public static MLReader<StanceFeaturesTransformer> read() {
        return new DefaultParamsReader<>();
    }

    public static StanceFeaturesTransformer load(String path) {
        return read().load(path);
    }
}
