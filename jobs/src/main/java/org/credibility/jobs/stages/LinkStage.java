package org.credibility.jobs.stages;

import static org.apache.spark.sql.functions.array_except;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.size;

import org.apache.spark.ml.feature.HashingTF;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.credibility.jobs.ml.TermsTransformer;

/**
 * Claims × sentences of other articles → links: (claim, article) pairs where the article has a
 * sentence whose terms resemble the claim's. MinHash LSH keeps this near-linear in the corpus:
 * only pairs that share a hash bucket are compared, never all pairs.
 */
public final class LinkStage {
    /**
     * Jaccard distance up to which a sentence is a candidate. Paraphrases across outlets share few
     * exact terms (the UPI and Global Research reports of the al-Bab strikes: Jaccard ≈ 0.2), so
     * the net is wide; the stance judge then decides related or unrelated on the whole article.
     */
    static final double MAX_JACCARD_DISTANCE = 0.85;
    /** OR-amplification: a pair at Jaccard 0.2 collides in at least one of 16 tables with p ≈ 0.97. */
    static final int HASH_TABLES = 16;
    /** Sentences with fewer terms match anything by chance. */
    static final int MIN_TERMS = 3;
    static final long SEED = 20170121L;
    static final long MAX_TERM_SENTENCES = 500;

    private LinkStage() {
    }

    /** Returns links(claim_id, article_id, similarity), the claim's own article included at similarity 1. */
    public static Dataset<Row> apply(Dataset<Row> claims, Dataset<Row> analyzed) {
        Dataset<Row> own = claims.select(col("claim_id"), col("article_id"), lit(1.0).as("similarity"));

        TermsTransformer terms = new TermsTransformer().setInputCol("text").setOutputCol("terms");
        Dataset<Row> sentences = terms.transform(analyzed
                        .select(col("id").as("article_id"), explode(col("sentences")).as("s"))
                        .select(col("article_id"), col("s.text").as("text")))
                .filter(size(col("terms")).geq(MIN_TERMS));
        Dataset<Row> claimTerms = terms.transform(claims.select(col("claim_id"),
                        col("article_id").as("claim_article_id"), col("text")))
                .filter(size(col("terms")).geq(MIN_TERMS));
        if (claimTerms.isEmpty()) {
            return own;
        }
        Column rare = array_except(col("terms"), lit(commonTerms(sentences)));
        HashingTF tf = new HashingTF().setInputCol("link_terms").setOutputCol("tf").setBinary(true).setNumFeatures(1 << 18);
        Dataset<Row> sentenceTf = tf.transform(sentences.withColumn("link_terms", rare))
                .filter(size(col("link_terms")).gt(0));
        Dataset<Row> claimTf = tf.transform(claimTerms.withColumn("link_terms", rare))
                .filter(size(col("link_terms")).gt(0));
        MinHashLSHModel lsh = new MinHashLSH().setInputCol("tf").setOutputCol("hashes")
                .setNumHashTables(HASH_TABLES).setSeed(SEED).fit(claimTf);
        Dataset<Row> others = lsh.approxSimilarityJoin(claimTf, sentenceTf, MAX_JACCARD_DISTANCE, "distance")
                .filter(col("datasetA.claim_article_id").notEqual(col("datasetB.article_id")))
                .groupBy(col("datasetA.claim_id").as("claim_id"), col("datasetB.article_id").as("article_id"))
                .agg(max(lit(1.0).minus(col("distance"))).as("similarity"));
        return own.unionByName(others);
    }

    /**
     * Terms in more than {@value #MAX_TERM_SENTENCES} sentences ("said", "killed", "ministry" in
     * a large corpus). They tie unrelated sentences together: a MinHash bucket keyed by such a
     * term holds thousands of sentences and the join compares every pair in a bucket, so the
     * candidate pairs grew with the square of the corpus (a 10,000-article synthetic corpus
     * spent its time there). The cap is absolute, not a share of the corpus: a share lets each
     * bucket grow with the corpus, and the pairs with its square. What links reports of one story
     * are its rare terms: names, places, figures. Corpora under the cap (the seeds) keep all
     * their terms. Returns the vocabulary only, never per-sentence data.
     */
    static String[] commonTerms(Dataset<Row> sentences) {
        return sentences.select(explode(col("terms")).as("term")).groupBy("term").count()
                .filter(col("count").gt(MAX_TERM_SENTENCES)).select("term").orderBy("term")
                .as(Encoders.STRING()).collectAsList().toArray(String[]::new);
    }
}
