package org.credibility.jobs.ml;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.udf;

import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.util.DefaultParamsReader;
import org.apache.spark.ml.util.DefaultParamsWritable;
import org.apache.spark.ml.util.Identifiable$;
import org.apache.spark.ml.util.MLReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.credibility.features.text.TermNormalizer;

/**
 * MLlib stage: text → normalised content terms ({@link TermNormalizer}: stopwords out,
 * aliases such as ISIL/Daesh → isis folded, light stemming). Persists with a pipeline.
 */
public final class TermsTransformer extends Transformer implements DefaultParamsWritable {
    private static final UserDefinedFunction TERMS = udf(
            (UDF1<String, String[]>) text -> text == null ? new String[0]
                    : TermNormalizer.standard().terms(text).toArray(String[]::new),
            DataTypes.createArrayType(DataTypes.StringType));

    private final String uid;
    private final Param<String> inputCol;
    private final Param<String> outputCol;

    public TermsTransformer() {
        this(Identifiable$.MODULE$.randomUID("terms"));
    }

    public TermsTransformer(String uid) {
        this.uid = uid;
        this.inputCol = new Param<>(this, "inputCol", "column of text");
        this.outputCol = new Param<>(this, "outputCol", "column of terms (array of strings)");
        setDefault(inputCol, "text");
        setDefault(outputCol, "terms");
    }

    /** MLlib finds a stage's params through public accessors like this one. */
    public Param<String> inputCol() {
        return inputCol;
    }

    public Param<String> outputCol() {
        return outputCol;
    }

    public TermsTransformer setInputCol(String value) {
        set(inputCol, value);
        return this;
    }

    public TermsTransformer setOutputCol(String value) {
        set(outputCol, value);
        return this;
    }

    public String getInputCol() {
        return getOrDefault(inputCol);
    }

    public String getOutputCol() {
        return getOrDefault(outputCol);
    }

    @Override
    public Dataset<Row> transform(Dataset<?> dataset) {
        transformSchema(dataset.schema());
        return dataset.withColumn(getOutputCol(), TERMS.apply(col(getInputCol())));
    }

    @Override
    public StructType transformSchema(StructType schema) {
        if (!schema.apply(getInputCol()).dataType().equals(DataTypes.StringType)) {
            throw new IllegalArgumentException("column " + getInputCol() + " must be a string");
        }
        return schema.add(getOutputCol(), DataTypes.createArrayType(DataTypes.StringType), false);
    }

    @Override
    public TermsTransformer copy(ParamMap extra) {
        return defaultCopy(extra);
    }

    @Override
    public String uid() {
        return uid;
    }

    public static MLReader<TermsTransformer> read() {
        return new DefaultParamsReader<>();
    }

    public static TermsTransformer load(String path) {
        return read().load(path);
    }
}
