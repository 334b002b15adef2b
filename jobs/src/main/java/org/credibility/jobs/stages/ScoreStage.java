package org.credibility.jobs.stages;

import static org.apache.spark.ml.functions.vector_to_array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.udf;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;
import org.credibility.features.evidence.ClaimEvidence;
import org.credibility.features.evidence.ClaimFeatures;
import org.credibility.features.evidence.Explanation;
import org.credibility.features.evidence.OutletRecords;
import org.credibility.jobs.ml.CredibilityModel;
import org.credibility.jobs.ml.ModelFolder;

/** Claim features + credibility model → scores: P(true), the outlets' record and the reasons that weighed most. */
public final class ScoreStage {
    public static final String[] OUTPUT_COLUMNS = {"claim_id", "text", "outlet", "article_id", "hedged", "denied",
        "corroborating_outlets", "independent_sources", "denying_outlets", "hedging_outlets", "attributed",
        "conflicting_numbers", "agreeing_reports", "denying_reports", "discussing_reports", "attribution", "source", "corroborators", "deniers", "denied_in", "hedged_in",
        "hedge_cues", "number_conflicts", "asserted_by", "outlet_record", "credibility", "explanation"};

    private ScoreStage() {
    }

    public static Dataset<Row> apply(Dataset<Row> features, ModelFolder.Model credibility) {
        PipelineModel model = credibility.pipeline();
        double[][] meanAndWeight = CredibilityModel.contributionWeights(model);
        Explainer explainer = new Explainer(meanAndWeight[0], meanAndWeight[1], CredibilityModel.outletRecords(model));
        // The claim's evidence and the outlet record the pipeline computed for it.
        Column row = struct(Stream.concat(Arrays.stream(ClaimFeatureStage.SCHEMA.fieldNames()), Stream.of(ClaimFeatures.OUTLET_RECORD))
                .map(c -> col(c)).toArray(Column[]::new));
        return model.transform(features)
                .withColumn("credibility", vector_to_array(col("probability"), "float64").getItem(1))
                .withColumn("explanation", udf(explainer, DataTypes.StringType).apply(row))
                .select(Arrays.stream(OUTPUT_COLUMNS).map(c -> col(c)).toArray(Column[]::new));
    }

    /**
     * Contribution of feature i to the log-odds, against a claim with no evidence: weight[i] ×
     * x[i] for the evidence's counts, flags and shares (0 when absent), so what is there moves the
     * score the way its words say (corroboration up, a denial down, whatever the training claims'
     * average); weight[i] × (x[i] − mean[i]) for the outlets' record, whose "no record" is the
     * base rate.
     */
    static final class Explainer implements UDF1<Row, String> {
        private final double[] mean;
        private final double[] weight;
        private final OutletRecords records;  // to name the asserting outlets with a record

        Explainer(double[] mean, double[] weight, OutletRecords records) {
            this.mean = mean;
            this.weight = weight;
            this.records = records;
        }

        @Override
        public String call(Row features) {
            ClaimEvidence e = ClaimFeatureStage.evidenceOf(features);
            double[] x = ClaimFeatures.vector(e, features.getAs(ClaimFeatures.OUTLET_RECORD));
            int record = ClaimFeatures.NAMES.indexOf(ClaimFeatures.OUTLET_RECORD);
            Map<String, Double> contributions = new LinkedHashMap<>();
            for (int i = 0; i < x.length; i++) {
                double baseline = i == record ? mean[i] : 0.0;
                contributions.put(ClaimFeatures.NAMES.get(i), weight[i] * (x[i] - baseline));
            }
            return Explanation.explain(e, records, contributions);
        }
    }
}
