package org.credibility.jobs.ml;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.udf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.param.DoubleParam;
import org.apache.spark.ml.param.IntArrayParam;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.param.StringArrayParam;
import org.apache.spark.ml.util.DefaultParamsReader;
import org.apache.spark.ml.util.DefaultParamsWritable;
import org.apache.spark.ml.util.Identifiable$;
import org.apache.spark.ml.util.MLReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.credibility.features.evidence.ClaimFeatures;
import org.credibility.features.evidence.OutletRecords;
import scala.collection.Seq;

/**
 * MLlib stage: the outlets asserting a claim → its {@code outlet_record} ({@link OutletRecords},
 * plain Java). The records learned from the training claims are params, so they persist with the
 * pipeline's metadata, as {@link StanceFeaturesTransformer}'s term weights do (one entry per outlet).
 */
public final class OutletRecordTransformer extends Transformer implements DefaultParamsWritable {
    private final String uid;
    private final Param<String> inputCol;
    private final Param<String> outputCol;
    private final DoubleParam baseRate;
    private final StringArrayParam outlets;
    private final IntArrayParam asserted;
    private final IntArrayParam trueClaims;

    public OutletRecordTransformer() {
        this(Identifiable$.MODULE$.randomUID("outletRecords"));
    }

    public OutletRecordTransformer(String uid) {
        this.uid = uid;
        this.inputCol = new Param<>(this, "inputCol", "column of the outlets asserting the claim");
        this.outputCol = new Param<>(this, "outputCol", "column of the claim's outlet record");
        this.baseRate = new DoubleParam(this, "baseRate", "share of true claims among the training claims");
        this.outlets = new StringArrayParam(this, "outlets", "outlets with a record");
        this.asserted = new IntArrayParam(this, "asserted", "labelled claims each of outlets asserted");
        this.trueClaims = new IntArrayParam(this, "trueClaims", "how many of them were true");
        setDefault(inputCol, "asserted_by");
        setDefault(outputCol, ClaimFeatures.OUTLET_RECORD);
        setDefault(baseRate, 0.5);
        setDefault(outlets, new String[0]);
        setDefault(asserted, new int[0]);
        setDefault(trueClaims, new int[0]);
    }

    /** The records of the outlets asserting the labelled claims of {@code training} (columns asserted_by, label). */
    public static OutletRecordTransformer learn(Dataset<Row> training) {
        List<OutletRecords.LabelledClaim> claims = new ArrayList<>();
        // One row per labelled claim: labels are hand-made, a few thousand at most.
        for (Row r : training.select("asserted_by", "label").collectAsList()) {
            claims.add(new OutletRecords.LabelledClaim(r.getList(0), r.getDouble(1) == 1.0));
        }
        return new OutletRecordTransformer().setRecords(OutletRecords.learn(claims));
    }

    public OutletRecordTransformer setRecords(OutletRecords records) {
        Collection<OutletRecords.Record> list = records.records();
        set(baseRate, records.baseRate());
        set(outlets, list.stream().map(OutletRecords.Record::outlet).toArray(String[]::new));
        set(asserted, list.stream().mapToInt(OutletRecords.Record::asserted).toArray());
        set(trueClaims, list.stream().mapToInt(OutletRecords.Record::trueClaims).toArray());
        return this;
    }

    public OutletRecords getRecords() {
        String[] names = getOrDefault(outlets);
        int[] n = getOrDefault(asserted);
        int[] t = getOrDefault(trueClaims);
        List<OutletRecords.Record> list = new ArrayList<>(names.length);
        for (int i = 0; i < names.length; i++) {
            list.add(new OutletRecords.Record(names[i], n[i], t[i]));
        }
        return new OutletRecords((Double) getOrDefault(baseRate), list);
    }

    public Param<String> inputCol() {
        return inputCol;
    }

    public Param<String> outputCol() {
        return outputCol;
    }

    public DoubleParam baseRate() {
        return baseRate;
    }

    public StringArrayParam outlets() {
        return outlets;
    }

    public IntArrayParam asserted() {
        return asserted;
    }

    public IntArrayParam trueClaims() {
        return trueClaims;
    }

    @Override
    public Dataset<Row> transform(Dataset<?> dataset) {
        transformSchema(dataset.schema());
        OutletRecords records = getRecords();
        UDF1<Seq<String>, Double> record = outlets ->
                records.of(scala.jdk.javaapi.CollectionConverters.asJava(outlets));
        return dataset.withColumn(getOrDefault(outputCol),
                udf(record, DataTypes.DoubleType).asNonNullable().apply(col(getOrDefault(inputCol))));
    }

    @Override
    public StructType transformSchema(StructType schema) {
        if (!(schema.apply(getOrDefault(inputCol)).dataType() instanceof ArrayType)) {
            throw new IllegalArgumentException("column " + getOrDefault(inputCol) + " must be an array of outlets");
        }
        return schema.add(getOrDefault(outputCol), DataTypes.DoubleType, false);
    }

    @Override
    public OutletRecordTransformer copy(ParamMap extra) {
        return defaultCopy(extra);
    }

    @Override
    public String uid() {
        return uid;
    }

    public static MLReader<OutletRecordTransformer> read() {
        return new DefaultParamsReader<>();
    }

    public static OutletRecordTransformer load(String path) {
        return read().load(path);
    }
}
