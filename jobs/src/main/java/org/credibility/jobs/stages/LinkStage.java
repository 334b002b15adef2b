package org.credibility.jobs.stages;

import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.array_intersect;
import static org.apache.spark.sql.functions.array_union;
import static org.apache.spark.sql.functions.ceil;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.xxhash64;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.credibility.jobs.ml.TermsTransformer;

/**
 * Claims × sentences of other articles → links: (claim, article) pairs where the article has a
 * sentence whose terms resemble the claim's (Jaccard similarity of their linking terms above
 * {@code 1 - MAX_JACCARD_DISTANCE}, at least {@value #MIN_SHARED_TERMS} of them shared), computed exactly on candidates found by a prefix-filter
 * set-similarity join, in plain Spark SQL joins:
 * <ol>
 * <li>Each distinct text (claim or sentence) is normalised once ({@link TermsTransformer}):
 * verbatim copies and republications are a large share of news, and boilerplate lines repeat
 * on every page of an outlet. Texts are keyed by a 64-bit hash of the text from then on.</li>
 * <li>Linking terms are a text's terms found in at most {@value #MAX_TERM_SENTENCES} distinct
 * sentences: "said", a weekday or "ministry" ties unrelated reports together; names, places and
 * figures link the reports of one story.</li>
 * <li>Prefix filter (as in the AllPairs / PPJoin set-similarity joins): order each text's terms
 * rarest first; two sets of sizes m and n with Jaccard ≥ t share a term among the first
 * {@code n - ⌈t·n⌉ + 1} of each. So candidates are the pairs that share a term in both
 * prefixes (an equi-join on the term), and no pair above the threshold is missed.</li>
 * <li>The exact Jaccard similarity of each distinct candidate pair; the most similar articles
 * of each distinct claim text; then back to claims.</li>
 * </ol>
 * Why not MLlib's MinHashLSH (used before): it has one hash function per table, so a pair lands
 * in a common bucket with probability equal to its Jaccard similarity, with no AND-amplification;
 * at the loose threshold that paraphrases need, 16 tables made nearly every pair with a modest
 * overlap a candidate, up to 16 times over, and buckets keyed by a common minimum term held
 * thousands of sentences: a 10,000-article corpus did not finish linking in 20 minutes. Here the
 * work per term is bounded by the cap, and duplicates are compared once.
 */
public final class LinkStage {
    /**
     * Jaccard distance below which a sentence links. Paraphrases across outlets share few exact
     * terms (the UPI and Global Research reports of the al-Bab strikes: Jaccard ≈ 0.2), so the net
     * is wide; the stance judge then decides related or unrelated on the whole article.
     */
    static final double MAX_JACCARD_DISTANCE = 0.85;
    /**
     * One shared rare term is a coincidence more often than a story: on a 10,000-article
     * generated corpus, a claim and a sentence sharing one surname or place, at Jaccard 1/5,
     * made 5.1 million links (147 a claim) where the stories have 7 reports on average.
     */
    static final int MIN_SHARED_TERMS = 2;
    /**
     * The most similar articles kept per claim. Each link costs a stance judgement; a claim in
     * a template-like sentence otherwise links to every article sharing two of its names (3.8
     * million links on the 10,000-article corpus above even with two shared terms required).
     * Generous beside the generator's largest story (40 outlets): corroboration counts outlets.
     */
    static final int MAX_LINKS_PER_CLAIM = 50;
    /** Sentences with fewer terms match anything by chance. */
    static final int MIN_TERMS = 3;
    /**
     * Terms in more than this many distinct sentences do not link. An absolute cap, not a share
     * of the corpus: a share would let each term's candidate pairs, and so the work, grow with
     * the square of the corpus. Corpora under the cap (the seeds) keep all their terms.
     */
    static final long MAX_TERM_SENTENCES = 500;

    private LinkStage() {
    }

    /** Returns links(claim_id, article_id, similarity), the claim's own article included at similarity 1. */
    public static Dataset<Row> apply(Dataset<Row> claims, Dataset<Row> analyzed) {
        Dataset<Row> own = claims.select(col("claim_id"), col("article_id"), lit(1.0).as("similarity"));

        Dataset<Row> sentences = analyzed.select(col("id").as("article_id"), explode(col("sentences.text")).as("text"))
                .select(col("article_id"), xxhash64(col("text")).as("text_key"), col("text"));
        Dataset<Row> sentenceTerms = distinctTerms(sentences);
        Dataset<Row> frequency = sentenceTerms.groupBy("term").count().withColumnRenamed("count", "df");
        Dataset<Row> sentenceSets = linkingSets(sentenceTerms.join(frequency, "term"));
        Dataset<Row> claimTexts = claims.select(col("claim_id"), col("article_id").as("claim_article_id"),
                xxhash64(col("text")).as("text_key"), col("text"));
        // A claim's term that no sentence has (a watch-list claim's) cannot link but counts in its set.
        Dataset<Row> claimSets = linkingSets(distinctTerms(claimTexts).join(frequency, "term", "left")
                .withColumn("df", coalesce(col("df"), lit(0L))));

        Dataset<Row> pairs = prefix(claimSets).withColumnRenamed("text_key", "claim_key")
                .join(prefix(sentenceSets).withColumnRenamed("text_key", "sentence_key"), "term")
                .select("claim_key", "sentence_key").distinct()
                .join(claimSets.select(col("text_key").as("claim_key"), col("terms").as("claim_terms")), "claim_key")
                .join(sentenceSets.select(col("text_key").as("sentence_key"), col("terms").as("sentence_terms")),
                        "sentence_key")
                .withColumn("shared", size(array_intersect(col("claim_terms"), col("sentence_terms"))))
                .withColumn("distance", lit(1.0).minus(col("shared")
                        .divide(size(array_union(col("claim_terms"), col("sentence_terms"))))))
                .filter(col("distance").lt(MAX_JACCARD_DISTANCE).and(col("shared").geq(MIN_SHARED_TERMS)))
                .select(col("claim_key"), col("sentence_key"), lit(1.0).minus(col("distance")).as("similarity"));

        // The most similar articles of each distinct claim text, one spare for the claim's own article:
        // ranked before the texts become claims, because a text copied into c articles and a sentence
        // carried by s articles would otherwise make c × s rows (15 million for 1.2 million links on a
        // 25,000-article generated corpus, whose filler lines recur in thousands of articles).
        Dataset<Row> byText = top(pairs.join(sentences.select(col("article_id"), col("text_key").as("sentence_key")),
                        "sentence_key")
                .groupBy("claim_key", "article_id")
                .agg(max("similarity").as("similarity")), "claim_key", MAX_LINKS_PER_CLAIM + 1);
        Dataset<Row> others = top(byText
                .join(claimTexts.select(col("claim_id"), col("claim_article_id"), col("text_key").as("claim_key")),
                        "claim_key")
                .filter(col("claim_article_id").notEqual(col("article_id")))
                .select("claim_id", "article_id", "similarity"), "claim_id", MAX_LINKS_PER_CLAIM);
        return own.unionByName(others);
    }

    /** The {@code n} most similar articles of each {@code key} (ties: smaller article id first). */
    private static Dataset<Row> top(Dataset<Row> links, String key, int n) {
        return links.withColumn("rank", row_number().over(Window.partitionBy(key)
                        .orderBy(col("similarity").desc(), col("article_id"))))
                .filter(col("rank").leq(n))
                .drop("rank");
    }

    /** (text_key, term): the distinct terms of each distinct text with at least {@value #MIN_TERMS}. */
    private static Dataset<Row> distinctTerms(Dataset<Row> texts) {
        TermsTransformer terms = new TermsTransformer().setInputCol("text").setOutputCol("terms");
        return terms.transform(texts.select("text_key", "text").dropDuplicates("text_key"))
                .filter(size(col("terms")).geq(MIN_TERMS))
                .select(col("text_key"), explode(array_distinct(col("terms"))).as("term"));
    }

    /** (text_key, ranked, terms): each text's linking terms with their sentence counts, rarest first. */
    private static Dataset<Row> linkingSets(Dataset<Row> termsWithDf) {
        return termsWithDf.filter(col("df").leq(MAX_TERM_SENTENCES)).groupBy("text_key")
                .agg(sort_array(collect_list(struct(col("df"), col("term")))).as("ranked"))
                .withColumn("terms", col("ranked.term"));
    }

    /** (text_key, term) for the terms of a text's prefix: the rarest n - ⌈t·n⌉ + 1 of its n terms. */
    private static Dataset<Row> prefix(Dataset<Row> sets) {
        Column n = size(col("terms"));
        // The small epsilon keeps t·n = 3 from rounding up to 4 (0.15 is not exact in binary): a longer prefix is safe.
        Column length = n.minus(ceil(n.multiply(1.0 - MAX_JACCARD_DISTANCE).minus(1e-9))).plus(1);
        return sets.select(col("text_key"), explode(slice(col("terms"), lit(1), length)).as("term"));
    }
}
