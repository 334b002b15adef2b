package org.credibility.jobs.stages;

import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.array_intersect;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.size;
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
 * {@code 1 - MAX_JACCARD_DISTANCE}, at least {@value #MIN_SHARED_TERMS} of them shared), computed
 * exactly on candidate pairs found by blocking, in plain Spark SQL joins:
 * <ol>
 * <li>Each distinct text (claim or sentence) is normalised once ({@link TermsTransformer}):
 * verbatim copies and republications are a large share of news, and boilerplate lines repeat
 * on every page of an outlet. Texts are keyed by a 64-bit hash of the text from then on.</li>
 * <li>Linking terms are a text's terms found in at most {@value #MAX_TERM_TEXTS} distinct
 * texts (sentences and claims): "said", a weekday or "ministry" ties unrelated reports together;
 * names, places and figures link the reports of one story.</li>
 * <li>Blocking on pairs of terms: a link needs two shared terms, and the reports of one story
 * share their rarest ones (names, places, figures). A text's blocking terms are its linking
 * terms in at most {@value #RARE_TERM_TEXTS} texts, or at least its
 * {@value #BLOCKING_TERMS} rarest; terms found in this text only are skipped, as no other text
 * can share them. Each pair of blocking terms is a block, and candidates are the pairs of texts
 * with a block in common (an equi-join on the block). A block holds no more texts than its
 * rarer term, so the candidates grow with the corpus, not with its square.</li>
 * <li>The exact Jaccard similarity of each distinct candidate pair; the most similar articles
 * of each distinct claim text; then back to claims.</li>
 * </ol>
 * So two texts link when they share two blocking terms and pass the similarity test. Where every
 * term is in at most {@value #RARE_TERM_TEXTS} texts (the seeds, the tests) that is every
 * pair that passes. In larger corpora it leaves out pairs that share only common words: on a
 * 100,000-article generated corpus, against the exact similarity join used before, it dropped
 * 1.2 million of 4.5 million links, of which 0.05% joined two reports of one story (the URL's
 * story slug); 96% of the links kept are within a story, against 71% before. The exact join
 * was a prefix filter (AllPairs / PPJoin): at Jaccard 0.15 it compares a pair on any of the
 * rarest 85% of each text's terms, so terms just under the cap paired every claim holding them
 * with hundreds of sentences, 49 million candidates at 100,000 articles. MLlib's MinHashLSH,
 * used before that, has no AND-amplification: at this loose threshold 16 tables made nearly
 * every pair with a modest overlap a candidate, up to 16 times over.
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
    /**
     * The fewest rarest terms a text blocks on, however common they are (six make 15 blocks;
     * terms under {@link #RARE_TERM_TEXTS} add more). A story's names are a text's rarest terms
     * once the corpus is large.
     */
    static final int BLOCKING_TERMS = 6;
    /**
     * Terms in at most this many texts always block. In a small corpus every term is rare and
     * which six are rarest is an accident: with the six alone, the seeds' claim of joint strikes
     * near al-Bab lost its links to the SouthFront and Sputnik reports of them.
     */
    static final long RARE_TERM_TEXTS = 50;
    /** Sentences with fewer terms match anything by chance. */
    static final int MIN_TERMS = 3;
    /**
     * Terms in more than this many distinct texts do not link. An absolute cap, not a share
     * of the corpus: a share would let each term's candidate pairs, and so the work, grow with
     * the square of the corpus. Corpora under the cap (the seeds) keep all their terms.
     */
    static final long MAX_TERM_TEXTS = 500;

    private LinkStage() {
    }

    /** Returns links(claim_id, article_id, similarity), the claim's own article included at similarity 1. */
    public static Dataset<Row> apply(Dataset<Row> claims, Dataset<Row> analyzed) {
        Dataset<Row> own = claims.select(col("claim_id"), col("article_id"), lit(1.0).as("similarity"));

        Dataset<Row> sentences = analyzed.select(col("id").as("article_id"), explode(col("sentences.text")).as("text"))
                .select(col("article_id"), textKey(col("text")), col("text"));
        Dataset<Row> claimTexts = claims.select(col("claim_id"), col("article_id").as("claim_article_id"),
                textKey(col("text")), col("text"));
        // Claims and sentences together: most claims are sentences too, and a listed claim's term is
        // shared as soon as one sentence has it, so a term counts its distinct texts of either kind.
        Dataset<Row> texts = sentences.select(col("text_key"), col("text"), lit(true).as("is_sentence"),
                        lit(false).as("is_claim"))
                .unionByName(claimTexts.select(col("text_key"), col("text"), lit(false).as("is_sentence"),
                        lit(true).as("is_claim")))
                .groupBy("text_key")
                .agg(first("text").as("text"), max("is_sentence").as("is_sentence"),
                        max("is_claim").as("is_claim"));
        Dataset<Row> terms = distinctTerms(texts);
        Dataset<Row> frequency = terms.groupBy("term").count().withColumnRenamed("count", "df");
        Dataset<Row> sets = linkingSets(terms.join(frequency, "term"));
        Dataset<Row> claimSets = sets.filter(col("is_claim"));
        Dataset<Row> sentenceSets = sets.filter(col("is_sentence"));

        Dataset<Row> pairs = blocks(claimSets).withColumnRenamed("text_key", "claim_key")
                .join(blocks(sentenceSets).withColumnRenamed("text_key", "sentence_key"), "block")
                .select("claim_key", "sentence_key").distinct()
                .join(claimSets.select(col("text_key").as("claim_key"), col("terms").as("claim_terms")), "claim_key")
                .join(sentenceSets.select(col("text_key").as("sentence_key"), col("terms").as("sentence_terms")),
                        "sentence_key")
                .withColumn("shared", size(array_intersect(col("claim_terms"), col("sentence_terms"))))
                // A text's terms are distinct, so |A ∪ B| = |A| + |B| - |A ∩ B|.
                .withColumn("distance", lit(1.0).minus(col("shared").divide(size(col("claim_terms"))
                        .plus(size(col("sentence_terms"))).minus(col("shared")))))
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

    /**
     * A text's key, {@code text_key}: its 64-bit hash (a collision among 10^7 distinct texts has
     * p ≈ 3·10^-6). Texts are grouped and joined on it here and in {@link StanceStage}.
     */
    static Column textKey(Column text) {
        return xxhash64(text).as("text_key");
    }

    /** The {@code n} most similar articles of each {@code key} (ties: smaller article id first). */
    private static Dataset<Row> top(Dataset<Row> links, String key, int n) {
        return links.withColumn("rank", row_number().over(Window.partitionBy(key)
                        .orderBy(col("similarity").desc(), col("article_id"))))
                .filter(col("rank").leq(n))
                .drop("rank");
    }

    /** (text_key, is_sentence, is_claim, term): the distinct terms of texts with at least {@value #MIN_TERMS}. */
    private static Dataset<Row> distinctTerms(Dataset<Row> texts) {
        TermsTransformer terms = new TermsTransformer().setInputCol("text").setOutputCol("terms");
        return terms.transform(texts)
                .filter(size(col("terms")).geq(MIN_TERMS))
                .select(col("text_key"), col("is_sentence"), col("is_claim"),
                        explode(array_distinct(col("terms"))).as("term"));
    }

    /**
     * (text_key, is_sentence, is_claim, ranked, terms): a text's linking terms and their counts,
     * rarest first; {@code terms} holds their 64-bit hashes, for the similarity. Spark intersects
     * and unites arrays of longs in generated code with a primitive hash set, but arrays of strings
     * through its interpreted path, hashing and comparing every term's bytes; on a 25,000-article
     * corpus that was a sixth of the linking stage. Two distinct terms of a pair of texts would have
     * to collide in 64 bits to change a similarity.
     */
    private static Dataset<Row> linkingSets(Dataset<Row> termsWithDf) {
        return termsWithDf.filter(col("df").leq(MAX_TERM_TEXTS))
                .groupBy("text_key", "is_sentence", "is_claim")
                .agg(sort_array(collect_list(struct(col("df"), col("term")))).as("ranked"))
                .withColumn("terms", expr("transform(ranked.term, t -> xxhash64(t))"));
    }

    /**
     * (text_key, block): one block per pair of a text's blocking terms (its linking terms in at
     * most {@value #RARE_TERM_TEXTS} texts, or at least its {@value #BLOCKING_TERMS} rarest), keyed
     * by a 64-bit hash of the pair. Terms are ranked by (text count, term) everywhere, so two texts
     * sharing two blocking terms make the same key. A colliding hash only adds a candidate: the
     * exact similarity decides after.
     */
    private static Dataset<Row> blocks(Dataset<Row> sets) {
        // A term in one text only cannot be shared: it would only crowd out those that can.
        String blockingTerms = String.format("transform(filter(filter(ranked, r -> r.df > 1),"
                + " (r, i) -> i < %d or r.df <= %d), r -> r.term)", BLOCKING_TERMS, RARE_TERM_TEXTS);
        String pairKeys = "flatten(transform(sequence(0, size(blocking) - 2),"
                + " i -> transform(sequence(i + 1, size(blocking) - 1), j -> xxhash64(blocking[i], blocking[j]))))";
        return sets.withColumn("blocking", expr(blockingTerms))
                .filter(size(col("blocking")).geq(MIN_SHARED_TERMS))
                .select(col("text_key"), explode(expr(pairKeys)).as("block"));
    }
}
