package org.credibility.jobs.stages;

import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count_distinct;
import static org.apache.spark.sql.functions.flatten;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Claims + mentions → one row of evidence per claim. Corroboration counts outlets other than
 * the claim's own that agree; independent sources count what those outlets rest on — the
 * primary source their matching sentence names, else the article's origin — once each, and
 * not when it is the claim's own source or origin (a republished copy, or five outlets
 * quoting one ministry statement, add nothing independent).
 */
public final class ClaimFeatureStage {
    private ClaimFeatureStage() {
    }

    public static Dataset<Row> apply(Dataset<Row> claims, Dataset<Row> mentions) {
        Dataset<Row> m = mentions.join(claims.select(col("claim_id"), col("outlet").as("claim_outlet"),
                        col("origin").as("claim_origin"), col("source").as("claim_source")), "claim_id")
                .withColumn("other", key(col("outlet")).notEqual(key(col("claim_outlet"))))
                .withColumn("source_key", key(coalesce(col("source"), col("origin"))))
                .withColumn("own_source", col("source_key").eqNullSafe(key(col("claim_source")))
                        .or(col("source_key").eqNullSafe(key(col("claim_origin")))));
        Column agrees = col("other").and(col("stance").equalTo("agree"));
        Column disagrees = col("stance").equalTo("disagree");

        // One source per corroborating outlet, so independent_sources ≤ corroborating_outlets.
        Dataset<Row> independent = m.filter(agrees)
                .groupBy("claim_id", "outlet")
                .agg(min(when(not(col("own_source")), col("source_key"))).as("source_key"))
                .groupBy("claim_id")
                .agg(count_distinct(col("source_key")).as("independent_sources"));

        Dataset<Row> evidence = m.groupBy("claim_id").agg(
                distinctSorted(when(agrees, col("outlet"))).as("corroborators"),
                distinctSorted(when(disagrees, col("outlet"))).as("denied_in"),
                distinctSorted(when(disagrees, col("denier"))).as("deniers"),
                distinctSorted(when(col("other").and(col("stance").equalTo("discuss")), col("outlet")))
                        .as("hedged_in"),
                array_sort(array_distinct(flatten(collect_list(col("number_conflicts"))))).as("number_conflicts"));

        return claims.join(evidence, "claim_id").join(independent, new String[] {"claim_id"}, "left")
                .select(col("claim_id"), col("article_id"), col("outlet"), col("text"), col("attribution"),
                        col("source"), col("hedge_cues"), col("corroborators"), col("denied_in"), col("deniers"),
                        col("hedged_in"), col("number_conflicts"),
                        size(col("hedge_cues")).gt(0).as("hedged"),
                        size(col("denied_in")).gt(0).as("denied"),
                        size(col("corroborators")).as("corroborating_outlets"),
                        coalesce(col("independent_sources"), lit(0L)).cast("int").as("independent_sources"),
                        size(col("denied_in")).as("denying_outlets"),
                        size(col("hedged_in")).as("hedging_outlets"),
                        col("source").isNotNull().as("attributed"),
                        size(col("number_conflicts")).gt(0).as("conflicting_numbers"));
    }

    /** Outlet and source names compared without case, spaces or punctuation ("South Front" = "SouthFront"). */
    static Column key(Column name) {
        return lower(regexp_replace(name, "[^\\p{L}\\p{N}]+", ""));
    }

    private static Column distinctSorted(Column values) {
        return array_sort(array_distinct(collect_list(values)));
    }
}
