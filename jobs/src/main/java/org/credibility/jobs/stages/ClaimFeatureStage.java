package org.credibility.jobs.stages;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.struct;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.credibility.features.evidence.ClaimEvidence;
import org.credibility.features.evidence.ClaimFeatures;
import org.credibility.features.evidence.Corroboration;
import org.credibility.features.stance.Mention;
import org.credibility.features.stance.Relation;
import org.credibility.jobs.io.Iterators;
import org.credibility.jobs.ml.SentenceRows;

/**
 * Claims + mentions → one row of evidence per claim: the claim's mentions are gathered in one
 * shuffle and {@link Corroboration} (plain Java, unit-tested) applies the counting rules. Every
 * claim has a row: a watched claim no article was found to report has the evidence of no reports.
 */
public final class ClaimFeatureStage {
    public static final StructType SCHEMA = withFeatures(new StructType()
            .add("claim_id", DataTypes.StringType, false)
            .add("article_id", DataTypes.StringType, false)
            .add("outlet", DataTypes.StringType, false)
            .add("text", DataTypes.StringType, false)
            .add("attribution", DataTypes.StringType)
            .add("source", DataTypes.StringType)
            .add("hedge_cues", SentenceRows.strings(), false)
            .add("corroborators", SentenceRows.strings(), false)
            .add("denied_in", SentenceRows.strings(), false)
            .add("deniers", SentenceRows.strings(), false)
            .add("hedged_in", SentenceRows.strings(), false)
            .add("number_conflicts", SentenceRows.strings(), false)
            .add("asserted_by", SentenceRows.strings(), false)
            .add("agreeing_reports", DataTypes.IntegerType, false)
            .add("denying_reports", DataTypes.IntegerType, false)
            .add("discussing_reports", DataTypes.IntegerType, false));

    private ClaimFeatureStage() {
    }

    /** The evidence's features ({@link ClaimFeatures#EVIDENCE}) as columns, in the vector's order. */
    private static StructType withFeatures(StructType evidence) {
        for (ClaimFeatures.Feature f : ClaimFeatures.EVIDENCE) {
            evidence = evidence.add(f.name(), switch (f.kind()) {
                case COUNT -> DataTypes.IntegerType;
                case FLAG -> DataTypes.BooleanType;
                case SHARE -> DataTypes.DoubleType;
            }, false);
        }
        return evidence;
    }

    public static Dataset<Row> apply(Dataset<Row> claims, Dataset<Row> mentions) {
        Dataset<Row> gathered = mentions.groupBy("claim_id").agg(collect_list(struct(col("outlet"), col("origin"),
                col("relation"), col("source"), col("denier"), col("number_conflicts"))).as("mentions"));
        return claims.join(gathered, new String[] {"claim_id"}, "left")
                .mapPartitions((MapPartitionsFunction<Row, Row>) ClaimFeatureStage::evidence, Encoders.row(SCHEMA));
    }

    private static Iterator<Row> evidence(Iterator<Row> rows) {
        return Iterators.map(rows, ClaimFeatureStage::evidence);
    }

    private static Row evidence(Row r) {
        List<Mention> mentions = new ArrayList<>();
        int found = r.fieldIndex("mentions");
        for (Row m : r.isNullAt(found) ? List.<Row>of() : r.<Row>getList(found)) {
            mentions.add(new Mention(m.getString(0), m.getString(1), Relation.valueOf(m.getString(2).toUpperCase(Locale.ROOT)),
                    m.getString(3), m.getString(4), m.getList(5)));
        }
        String source = r.getAs("source");
        ClaimEvidence e = Corroboration.evidence(r.getAs("outlet"), r.getAs("origin"), source,
                r.getList(r.fieldIndex("hedge_cues")), mentions);
        List<Object> values = new ArrayList<>(Arrays.asList(r.getAs("claim_id"), r.getAs("article_id"), r.getAs("outlet"),
                r.getAs("text"), r.getAs("attribution"), source, SentenceRows.array(e.hedgeCues()),
                SentenceRows.array(e.corroborators()), SentenceRows.array(e.deniedIn()), SentenceRows.array(e.deniers()),
                SentenceRows.array(e.hedgedIn()), SentenceRows.array(e.numberConflicts()),
                SentenceRows.array(e.assertedBy()), e.reports().agreeing(), e.reports().denying(),
                e.reports().discussing()));
        double[] f = ClaimFeatures.evidence(e);
        for (int i = 0; i < f.length; i++) {
            values.add(ClaimFeatures.EVIDENCE.get(i).column(f[i]));
        }
        return RowFactory.create(values.toArray());
    }

    /** Rebuilds the evidence of a features row (for explanations). */
    static ClaimEvidence evidenceOf(Row r) {
        return new ClaimEvidence(r.getList(r.fieldIndex("corroborators")), r.getAs("independent_sources"),
                r.getList(r.fieldIndex("denied_in")), r.getList(r.fieldIndex("deniers")),
                r.getList(r.fieldIndex("hedged_in")), r.getList(r.fieldIndex("hedge_cues")), r.getAs("source"),
                r.getList(r.fieldIndex("number_conflicts")), new ClaimEvidence.Reports(r.getAs("agreeing_reports"),
                        r.getAs("denying_reports"), r.getAs("discussing_reports")), r.getList(r.fieldIndex("asserted_by")));
    }
}
