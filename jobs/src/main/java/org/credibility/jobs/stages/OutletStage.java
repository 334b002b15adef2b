package org.credibility.jobs.stages;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.credibility.features.stance.Relation;

/**
 * Articles + mentions + scores → one profile per outlet. Rates over the outlet's mentions (what
 * it wrote about any claim): how often it hedged what it reported (relation hedged: "reportedly",
 * "alleged"; a claim attributed to a named source is not hedged) or disputed it (relation
 * disputed); over its own claims: how often another outlet corroborated them, and their mean
 * credibility.
 */
public final class OutletStage {
    private OutletStage() {
    }

    public static Dataset<Row> apply(Dataset<Row> analyzed, Dataset<Row> mentions, Dataset<Row> scores) {
        Dataset<Row> articles = analyzed.groupBy("outlet").agg(count(lit(1)).as("n_articles"));
        Dataset<Row> written = mentions.groupBy("outlet").agg(
                count(lit(1)).as("n_mentions"),
                avg(when(col("relation").equalTo(Relation.HEDGED.label()), 1.0).otherwise(0.0)).as("hedge_rate"),
                avg(when(col("relation").equalTo(Relation.DISPUTED.label()), 1.0).otherwise(0.0)).as("denial_rate"));
        Dataset<Row> claims = scores.groupBy("outlet").agg(
                count(lit(1)).as("n_claims"),
                avg(when(col("corroborating_outlets").gt(0), 1.0).otherwise(0.0)).as("corroboration_rate"),
                avg(col("credibility")).as("mean_credibility"));
        return articles.join(claims, new String[] {"outlet"}, "left")
                .join(written, new String[] {"outlet"}, "left")
                .na().fill(0L, new String[] {"n_claims", "n_mentions"})
                .select("outlet", "n_articles", "n_claims", "n_mentions", "hedge_rate", "denial_rate",
                        "corroboration_rate", "mean_credibility")
                .orderBy("outlet");
    }
}
