package org.credibility.jobs.stages;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.log;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.credibility.jobs.ml.TermsTransformer;

/**
 * A watch list's claims × the crawl's passages (each article's title and sentences) → links:
 * (claim, article) pairs where one passage of the article covers a good part of what the claim
 * says, by the IDF weight of the claim's terms it shares (at least {@value #MIN_SHARED_TERMS}
 * terms and {@value #MIN_COVERAGE} of the claim's weight), and the article as a whole names most
 * of it ({@value #MIN_ARTICLE_COVERAGE}). A claim is linked to an article when one of its
 * passages reports it: whole articles are long and about many things.
 * <ol>
 * <li>Passages are normalised once per distinct text ({@link TermsTransformer}), and a term's
 * weight is its IDF over the distinct passages, ln((N + 1) / (df + 1)).</li>
 * <li>Candidates come from an inverted index on the claims' probe terms: a claim probes with
 * each of its terms in at most {@value #MAX_PROBE_SHARE} of the passages and, however frequent,
 * with its {@value #MIN_PROBES} rarest, so a story's key term stays a probe when the crawl is
 * full of it ("Apple is buying Path" in a crawl about Apple). The join's work is the sum over
 * probe terms of (claims probing with it × passages holding it): linear in the crawl for a
 * given watch list, never passages × claims.</li>
 * <li>Each candidate's coverage is computed on all of the claim's terms, the frequent ones
 * included, so a paraphrase that keeps the story's names and most of its words links ("Saudi
 * Arabia's national airline plans to keep men and women apart" for "... plans to segregate men
 * and women on flights"), however rare the words it changed.</li>
 * <li>The article's coverage, over the terms of all its passages, tells a report from an article
 * on the same topic: "Apple Watch sales start in April" covers a third of "Samsung will supply
 * application processors for Apple Watch", but an article that never names Samsung or processors
 * does not report it.</li>
 * <li>The lede's coverage (the title and the first {@value #LEDE_SENTENCES} sentences) tells a
 * report from an article that names the story's parts in passing: news states its point up top,
 * an Apple Watch price guide that mentions the gold Edition in its ninth paragraph does not report
 * "Apple is considering a platinum edition". A link's report score is the mean of the article's
 * and the lede's coverage, and must reach {@value #MIN_REPORT_SCORE}; an article that holds the
 * whole claim deep in its body still links on its article coverage alone.</li>
 * <li>An article's similarity to a claim is its best passage's coverage; each claim keeps its
 * {@value #MAX_LINKS_PER_CLAIM} articles of highest report score.</li>
 * </ol>
 * Extracted claims (no watch list) are linked by {@link LinkStage}, where both sides are the
 * crawl's sentences and a claim-side index would be quadratic.
 */
public final class WatchListLinkStage {
    /**
     * The share of a claim's term weight a passage must hold. On the article benchmark (FNC-1
     * bodies against the Emergent claims they report, BENCHMARKS.md) reports' best sentences
     * mostly hold a third to a half of it, some a fifth (a headline's paraphrase): the article and
     * lede gates below tell reports from mentions, so this one only has to find them. With those
     * gates, 0.2 keeps 335 of the 370 reports at precision 0.805, 0.3 keeps 330 at 0.823.
     */
    public static final double MIN_COVERAGE = 0.2;
    /**
     * The share of a claim's term weight the whole article (title and sentences) must hold. On the
     * article benchmark it keeps 337 of the 344 reports the passages find and drops 162 of their
     * 677 links (precision 0.51 → 0.65); 0.5 keeps 326 at 0.77 (BENCHMARKS.md).
     */
    public static final double MIN_ARTICLE_COVERAGE = 0.4;
    /** The sentences after the title that make an article's lede. */
    static final int LEDE_SENTENCES = 5;
    /**
     * The mean of the article's and the lede's coverage a link needs. On the article benchmark,
     * with passages at 0.2, it keeps 335 of the 341 reports the article coverage keeps and drops
     * 49 of its 130 links that do not report their claim (precision 0.724 → 0.805); 0.4 keeps all
     * 341 at 0.724, 0.5 keeps 319 at 0.851 (BENCHMARKS.md).
     */
    public static final double MIN_REPORT_SCORE = 0.45;
    /** Fewer shared terms is one name in common, a coincidence more often than a report. */
    static final int MIN_SHARED_TERMS = 2;
    /** Terms in more passages than this share do not probe (unless among a claim's rarest): "said", "year". */
    static final double MAX_PROBE_SHARE = 0.05;
    /** A claim probes with at least its this many rarest terms, whatever their frequency. */
    static final int MIN_PROBES = 2;
    /**
     * Articles kept per claim, each costing a stance judgement. A watched claim can be a big
     * story, and the stance stage, not this one, tells its reports from passing mentions (the
     * benchmark's claims have up to 23 reports each among 1,683 articles).
     */
    static final int MAX_LINKS_PER_CLAIM = 200;

    private WatchListLinkStage() {
    }

    /**
     * Returns links(claim_id, article_id, similarity, article_coverage, lede_coverage), the
     * similarity being the best passage's coverage.
     */
    public static Dataset<Row> apply(Dataset<Row> claims, Dataset<Row> analyzed) {
        // A passage's position: 0 the title, then the sentences from 1.
        Dataset<Row> passages = analyzed.select(col("id").as("article_id"),
                        posexplode(concat(array(col("title")), col("sentences.text")))
                                .as(new String[] {"position", "text"}))
                .filter(col("text").isNotNull())
                .select(col("article_id"), col("position"), LinkStage.textKey(col("text")), col("text"));
        Dataset<Row> passageTerms = terms(passages.groupBy("text_key").agg(first("text").as("text")));

        // A claim's terms with their weights (a term no passage holds weighs ln(N + 1)), rarest first.
        Dataset<Row> claimTerms = terms(claims.select(col("claim_id").as("text_key"), col("text")))
                .withColumnRenamed("text_key", "claim_id");
        Dataset<Row> df = passageTerms.join(claimTerms.select("term").distinct(), new String[] {"term"}, "left_semi")
                .groupBy("term").agg(count(lit(1)).as("df"));
        Dataset<Row> passageCount = passageTerms.agg(countDistinct("text_key").as("n"));
        claimTerms = claimTerms.join(df, new String[] {"term"}, "left")
                .withColumn("df", coalesce(col("df"), lit(0L)))
                .crossJoin(broadcast(passageCount))
                .withColumn("idf", log(col("n").plus(1).divide(col("df").plus(1))))
                .withColumn("rank", row_number().over(Window.partitionBy("claim_id").orderBy(col("df"), col("term"))));
        Dataset<Row> probes = claimTerms
                .filter(col("rank").leq(MIN_PROBES).or(col("df").leq(col("n").multiply(MAX_PROBE_SHARE))))
                .select("claim_id", "term");
        Dataset<Row> claimSets = claimTerms.groupBy("claim_id")
                .agg(collect_list(struct(col("term"), col("idf"))).as("claim_terms"))
                .withColumn("claim_weight", expr("aggregate(claim_terms, 0D, (a, t) -> a + t.idf)"));
        Dataset<Row> passageSets = passageTerms.groupBy("text_key")
                .agg(sort_array(collect_list(col("term"))).as("passage_terms"));

        Dataset<Row> covered = probes.join(passageTerms, "term")
                .select("claim_id", "text_key").distinct()
                .join(claimSets, "claim_id")
                .join(passageSets, "text_key")
                .withColumn("shared", expr("filter(claim_terms, t -> array_contains(passage_terms, t.term))"))
                .filter(size(col("shared")).geq(MIN_SHARED_TERMS))
                .withColumn("similarity", expr("aggregate(shared, 0D, (a, t) -> a + t.idf)")
                        .divide(greatest(col("claim_weight"), lit(Double.MIN_VALUE))))
                .filter(col("similarity").geq(MIN_COVERAGE))
                .select("claim_id", "text_key", "similarity");

        Dataset<Row> byArticle = covered.join(passages.select("text_key", "article_id").distinct(), "text_key")
                .groupBy("claim_id", "article_id").agg(max("similarity").as("similarity"));

        // The whole article's coverage, over the distinct terms of all its passages: a report names
        // the story's people and things somewhere, a passing mention of its topic does not. The
        // lede's, over the terms first found in its opening passages: a report names them up top.
        Dataset<Row> candidates = byArticle.select("claim_id", "article_id");
        Dataset<Row> articleTerms = passages.join(candidates.select("article_id").distinct(), "article_id")
                .select("article_id", "position", "text_key")
                .join(passageTerms, "text_key")
                .groupBy("article_id", "term").agg(min("position").as("first_position"));
        Dataset<Row> coverage = candidates.join(claimTerms.select("claim_id", "term", "idf"), "claim_id")
                .join(articleTerms, new String[] {"article_id", "term"})
                .groupBy("claim_id", "article_id")
                .agg(sum("idf").as("held"), sum(when(col("first_position").leq(LEDE_SENTENCES), col("idf"))
                        .otherwise(0.0)).as("lede_held"))
                .join(claimSets.select("claim_id", "claim_weight"), "claim_id");
        Column weight = greatest(col("claim_weight"), lit(Double.MIN_VALUE));
        Column reportScore = reportScore();
        return byArticle.join(coverage, new String[] {"claim_id", "article_id"})
                .withColumn("article_coverage", col("held").divide(weight))
                .withColumn("lede_coverage", col("lede_held").divide(weight))
                .filter(col("article_coverage").geq(MIN_ARTICLE_COVERAGE).and(reportScore.geq(MIN_REPORT_SCORE)))
                .withColumn("rank", row_number().over(Window.partitionBy("claim_id")
                        .orderBy(reportScore.desc(), col("similarity").desc(), col("article_id"))))
                .filter(col("rank").leq(MAX_LINKS_PER_CLAIM))
                .select("claim_id", "article_id", "similarity", "article_coverage", "lede_coverage");
    }

    /** A link's report score: the mean of its article's and its lede's coverage. */
    public static Column reportScore() {
        return col("article_coverage").plus(col("lede_coverage")).divide(2);
    }

    /** (text_key, term): the distinct terms of each text. */
    private static Dataset<Row> terms(Dataset<Row> texts) {
        return new TermsTransformer().setInputCol("text").setOutputCol("terms").transform(texts)
                .select(col("text_key"), explode(array_distinct(col("terms"))).as("term"));
    }
}
