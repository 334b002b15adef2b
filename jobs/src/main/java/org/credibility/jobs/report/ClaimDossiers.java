package org.credibility.jobs.report;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.struct;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.credibility.features.evidence.ClaimDossier;
import org.credibility.features.stance.Relation;

/**
 * One row per scored claim with all the output says about it — its score, its own article, its
 * mentions with their articles — and its {@link ClaimDossier}. Read by the explain command for
 * one claim and by the ClaimReview drafts for every claim.
 */
public final class ClaimDossiers {
    private ClaimDossiers() {
    }

    /**
     * {@code scores}, {@code mentions}, {@code articles}: the output tables (or the run's tables
     * as written); one row per row of {@code scores}, with {@code article} (null when the claim
     * has none) and {@code reports} (empty when nothing mentions it).
     */
    public static Dataset<Row> of(Dataset<Row> scores, Dataset<Row> mentions, Dataset<Row> articles) {
        Dataset<Row> byId = articles.select(col("id").as("article_id"), struct(col("id"), col("outlet"), col("origin"),
                col("title"), col("url"), col("published")).as("article"));
        Dataset<Row> reports = mentions.join(byId, "article_id")
                .groupBy("claim_id")
                .agg(collect_list(struct(col("article"), col("own_article"), col("relation"), col("stance"),
                        col("stance_p"), col("matched_sentence"), col("source"), col("denier"),
                        col("number_conflicts"))).as("reports"));
        return scores.select("claim_id", "text", "article_id", "attribution", "source", "credibility", "explanation")
                .join(byId, new String[] {"article_id"}, "left")
                .join(reports, new String[] {"claim_id"}, "left")
                .select("claim_id", "text", "article", "attribution", "source", "credibility", "explanation", "reports");
    }

    public static ClaimDossier fromRow(Row r) {
        List<ClaimDossier.Report> reports = new ArrayList<>();
        List<Row> mentions = r.isNullAt(r.fieldIndex("reports")) ? List.of() : r.getList(r.fieldIndex("reports"));
        for (Row m : mentions) {
            reports.add(new ClaimDossier.Report(article(m.getStruct(m.fieldIndex("article"))), m.getAs("own_article"),
                    Relation.valueOf(m.<String>getAs("relation").toUpperCase(Locale.ROOT)), m.getAs("stance"),
                    m.getAs("stance_p"), m.getAs("matched_sentence"), m.getAs("source"), m.getAs("denier"),
                    m.isNullAt(m.fieldIndex("number_conflicts")) ? List.of() : m.getList(m.fieldIndex("number_conflicts"))));
        }
        return new ClaimDossier(r.getAs("claim_id"), r.getAs("text"), article(r.getStruct(r.fieldIndex("article"))),
                r.getAs("attribution"), r.getAs("source"), r.getAs("credibility"), r.getAs("explanation"), reports);
    }

    private static ClaimDossier.Article article(Row a) {
        if (a == null) {
            return null;
        }
        Object published = a.getAs("published");
        // A Timestamp, or an Instant where the session has spark.sql.datetime.java8API.enabled.
        Instant instant = published instanceof Timestamp t ? t.toInstant() : (Instant) published;
        return new ClaimDossier.Article(a.getAs("id"), a.getAs("outlet"), a.getAs("origin"), a.getAs("title"),
                a.getAs("url"), instant);
    }
}
