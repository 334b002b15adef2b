package org.credibility.jobs.ml;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.udf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.ml.param.IntArrayParam;
import org.apache.spark.ml.param.LongParam;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.param.StringArrayParam;
import org.apache.spark.ml.util.DefaultParamsReader;
import org.apache.spark.ml.util.DefaultParamsWritable;
import org.apache.spark.ml.util.Identifiable$;
import org.apache.spark.ml.util.MLReader;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.credibility.features.claims.SentenceAnalysis;
import org.credibility.features.stance.StanceFeatures;
import org.credibility.features.text.TermWeights;
import scala.collection.Seq;

/**
 * MLlib stage: (claim text, article's analysed sentences) → the stance feature vector of
 * {@link StanceFeatures} (plain Java). Persists with a pipeline, like {@link TermsTransformer};
 * the {@link TermWeights} learned in training are params too, so the pipeline's metadata carries
 * them (a few thousand terms).
 *
 * <p>The claim's side of the features ({@link StanceFeatures#claim}) is read from the column
 * {@code claimSideCol} when the input has it ({@link #claimSide(Column)}, computed once per claim
 * before the claims are joined to their articles), else computed from the claim text for each row.
 */
public final class StanceFeaturesTransformer extends Transformer implements DefaultParamsWritable {
    private final String uid;
    private final Param<String> claimCol;
    private final Param<String> sentencesCol;
    private final Param<String> outputCol;
    private final Param<String> claimSideCol;
    private final LongParam weightDocuments;
    private final StringArrayParam weightTerms;
    private final IntArrayParam weightDocumentFrequencies;

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
        this.claimSideCol = new Param<>(this, "claimSideCol",
                "column of the claim's side of the features, used when present (see claimSide)");
        setDefault(outputCol, "stance_features");
        setDefault(claimSideCol, "claim_side");
        this.weightDocuments = new LongParam(this, "weightDocuments", "documents the term weights were counted over");
        this.weightTerms = new StringArrayParam(this, "weightTerms", "terms with a learned document frequency");
        this.weightDocumentFrequencies = new IntArrayParam(this, "weightDocumentFrequencies",
                "document frequency of each of weightTerms");
        setDefault(weightDocuments, 0L);
        setDefault(weightTerms, new String[0]);
        setDefault(weightDocumentFrequencies, new int[0]);
    }

    public LongParam weightDocuments() {
        return weightDocuments;
    }

    public StringArrayParam weightTerms() {
        return weightTerms;
    }

    public IntArrayParam weightDocumentFrequencies() {
        return weightDocumentFrequencies;
    }

    public StanceFeaturesTransformer setTermWeights(TermWeights weights) {
        List<Map.Entry<String, Long>> entries = new ArrayList<>(new TreeMap<>(weights.documentFrequency()).entrySet());
        set(weightDocuments, weights.documents());
        set(weightTerms, entries.stream().map(Map.Entry::getKey).toArray(String[]::new));
        set(weightDocumentFrequencies, entries.stream().mapToInt(e -> Math.toIntExact(e.getValue())).toArray());
        return this;
    }

    public TermWeights getTermWeights() {
        String[] terms = getOrDefault(weightTerms);
        int[] df = getOrDefault(weightDocumentFrequencies);
        Map<String, Long> frequencies = new HashMap<>();
        for (int i = 0; i < terms.length; i++) {
            frequencies.put(terms[i], (long) df[i]);
        }
        return new TermWeights((Long) getOrDefault(weightDocuments), frequencies);
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

    public Param<String> claimSideCol() {
        return claimSideCol;
    }

    /** The claim side of the stance features, as a struct ({@link #CLAIM_SIDE}) of a claim-text column. */
    public static Column claimSide(Column claimText) {
        return CLAIM_SIDE_UDF.apply(claimText);
    }

    static final StructType CLAIM_SIDE = new StructType()
            .add("terms", DataTypes.createArrayType(DataTypes.StringType, false), false)
            .add("source_terms", DataTypes.createArrayType(DataTypes.StringType, false), false)
            .add("numbers", DataTypes.createArrayType(DataTypes.StringType, false), false)
            .add("negations", DataTypes.IntegerType, false)
            .add("denial_cues", DataTypes.IntegerType, false)
            .add("hedge_cues", DataTypes.IntegerType, false)
            .add("question", DataTypes.BooleanType, false);

    private static final UserDefinedFunction CLAIM_SIDE_UDF = udf((UDF1<String, Row>) text -> {
        StanceFeatures.ClaimSide c = StanceFeatures.standard().claim(text);
        return RowFactory.create(c.terms().toArray(new String[0]), c.sourceTerms().toArray(new String[0]),
                c.numbers().toArray(new String[0]), c.negations(), c.denialCues(), c.hedgeCues(), c.question());
    }, CLAIM_SIDE);

    /** A claim side back from its struct row ({@link #claimSide(Column)}). */
    public static StanceFeatures.ClaimSide claimSide(Row r) {
        return new StanceFeatures.ClaimSide(r.getList(0), r.getList(1), r.getList(2), r.getInt(3), r.getInt(4),
                r.getInt(5), r.getBoolean(6));
    }

    @Override
    public Dataset<Row> transform(Dataset<?> dataset) {
        transformSchema(dataset.schema());
        // Broadcast: the weights (tens of thousands of terms after FNC-1) go to each executor once,
        // not with every task.
        Broadcast<TermWeights> weights = JavaSparkContext.fromSparkContext(dataset.sparkSession().sparkContext())
                .broadcast(getTermWeights());
        UserDefinedFunction features = udf(new PairFeatures(weights), SQLDataTypes.VectorType());
        String side = getOrDefault(claimSideCol);
        boolean given = Arrays.asList(dataset.columns()).contains(side);
        Dataset<Row> withSide = given ? dataset.toDF() : dataset.withColumn(side, claimSide(col(getOrDefault(claimCol))));
        Dataset<Row> out = withSide.withColumn(getOutputCol(), features.apply(col(side), col(getOrDefault(sentencesCol))));
        return given ? out : out.drop(side);
    }

    /**
     * The UDF. Pairs usually come grouped by article (joined or sorted on it), so the article side
     * of the features ({@link StanceFeatures#article}) is kept for the last article seen and
     * reused while the sentences are the same: an article is decoded and normalised once for all
     * its claims, not once per pair.
     */
    private static final class PairFeatures implements UDF2<Row, Seq<Row>, Vector> {
        private final Broadcast<TermWeights> weights;
        private transient LastArticle last;

        PairFeatures(Broadcast<TermWeights> weights) {
            this.weights = weights;
        }

        @Override
        public Vector call(Row claim, Seq<Row> sentences) {
            TermWeights w = weights.value();
            LastArticle article = last;
            if (article == null || !Objects.equals(article.sentences(), sentences)) {
                List<SentenceAnalysis> decoded = sentences == null ? List.of()
                        : SentenceRows.fromRows(scala.jdk.javaapi.CollectionConverters.asJava(sentences));
                article = new LastArticle(sentences, StanceFeatures.standard().article(decoded, w));
                last = article;
            }
            return Vectors.dense(StanceFeatures.standard().compute(claimSide(claim), article.side(), w));
        }
    }

    /** One immutable entry, so a UDF instance shared by threads only ever sees a consistent one. */
    private record LastArticle(Seq<Row> sentences, StanceFeatures.ArticleSide side) {
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
