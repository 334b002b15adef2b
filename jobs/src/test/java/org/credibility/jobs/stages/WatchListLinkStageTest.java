package org.credibility.jobs.stages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.credibility.jobs.SharedSpark;
import org.junit.jupiter.api.Test;

/**
 * Watched claims × passages → links (claim, article, best passage's coverage, article's coverage,
 * lede's coverage). The terms below are TermNormalizer's ("airline" → airlin,
 * "segregate" → segregat, "Apple" → appl; stopwords out), and a term's weight is
 * ln((N + 1) / (df + 1)) over the N distinct passages.
 */
class WatchListLinkStageTest {
    private static final StructType ANALYZED = new StructType()
            .add("id", DataTypes.StringType)
            .add("title", DataTypes.StringType)
            .add("sentences", DataTypes.createArrayType(new StructType().add("text", DataTypes.StringType)));
    private static final StructType CLAIMS = new StructType()
            .add("claim_id", DataTypes.StringType)
            .add("text", DataTypes.StringType);

    /**
     * Seven passages (N = 7). Claim terms and their passages: saudi 3 (a1, a2, t1's title), arabia
     * 2, national 1, airlin 2, plan 1, segregat 1, men 3, women 3, flight 1; weights ln(8/4),
     * ln(8/3), ln(8/2): 0.6931, 0.9808, 1.3863, so the claim weighs 3 × 0.6931 + 2 × 0.9808 +
     * 4 × 1.3863 = 9.5863.
     * <ul>
     * <li>a1, the paraphrase, shares all but segregat and flight: 6.8137 / 9.5863 = 0.7108;</li>
     * <li>t1's title reports it, its sentence does not: saudi, airlin, segregat, men, women, flight,
     * 5.8329 / 9.5863 = 0.6085;</li>
     * <li>a2 shares the country only (1.6740 / 9.5863 = 0.1746), a3 men and women (0.1446): under
     * 0.2, not linked.</li>
     * </ul>
     */
    @Test
    void aParaphraseOrATitleLinksSharedCommonWordsDoNot() {
        Dataset<Row> analyzed = articles(
                article("a1", null, "Saudi Arabia's national airline plans to keep men and women apart."),
                article("a2", null, "Saudi Arabia hosts a chess tournament."),
                article("a3", null, "Men and women ran the marathon."),
                article("a4", null, "Rain fell over the northern hills.", "The bakery sold fresh bread."),
                article("t1", "Saudi airline to segregate men and women on flights",
                        "Police closed the road after a storm."));
        Dataset<Row> claims = claims(RowFactory.create("c0",
                "Saudi Arabia's national airline plans to segregate men and women on flights"));

        assertEquals("c0 a1 0.7108 0.7108 0.7108, c0 t1 0.6085 0.6085 0.6085", links(claims, analyzed));
    }

    /**
     * "appl" is in 601 of the 602 passages, above the probing share and the 500 texts beyond which
     * {@link LinkStage} drops a term (which left this claim {buy, path}, too few terms to link).
     * The claim probes with its two rarest terms, buy and path, and its coverage counts appl too:
     * p1 holds all three (1.0); p2 holds path only, one shared term.
     */
    @Test
    void aFrequentKeyTermStaysInTheClaim() {
        List<Row> articles = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            articles.add(article("f" + i, null, "Apple sells model " + i + " in Denver."));
        }
        articles.add(article("p1", null, "Apple buys Path, the social network, for 100 million dollars."));
        articles.add(article("p2", null, "Path is a social network."));
        Dataset<Row> analyzed = SharedSpark.session().createDataFrame(articles, ANALYZED);
        Dataset<Row> claims = claims(RowFactory.create("c0", "Apple is buying Path"));

        assertEquals("c0 p1 1.0000 1.0000 1.0000", links(claims, analyzed));
    }

    /**
     * A sentence on the story's topic is not a report unless the article names the rest of the
     * claim somewhere. With 38 filler passages N = 42, and every claim term probes (df ≤ 2.1).
     * Claim terms: appl and watch in 2 passages (ln(43/3) = 2.6626 each), samsung and chip in 1
     * (ln(43/2) = 3.0681 each), suppli in none (ln 43 = 3.7612): 15.2225 in all.
     * <ul>
     * <li>k1: "Apple watches are popular" covers 5.3252 / 15.2225 = 0.3498 and "Samsung makes chips"
     * 0.4031; the article holds four terms, 11.4613 / 15.2225 = 0.7529: linked;</li>
     * <li>d1: its topic sentence covers 0.3498, as much as its whole text: under
     * {@value WatchListLinkStage#MIN_ARTICLE_COVERAGE}, not linked.</li>
     * </ul>
     */
    @Test
    void aSentenceOnTheTopicLinksOnlyWhereTheArticleNamesTheRestOfTheClaim() {
        Dataset<Row> analyzed = withFiller(38,
                article("k1", null, "Apple watches are popular.", "Samsung makes chips."),
                article("d1", null, "Apple watches are popular everywhere.", "The weather was cold."));
        Dataset<Row> claims = claims(RowFactory.create("c0", "Samsung supplies chips for Apple watches"));

        assertEquals("c0 k1 0.4031 0.7529 0.7529", links(claims, analyzed));
    }

    /**
     * A report names the claim in its lede. 60 filler passages and three sentences: N = 63, and
     * every claim term probes (df ≤ 3.15). samsung, appl and watch are in 3 passages (ln(64/4) =
     * 2.7726 each), chip in 2 (ln(64/3) = 3.0603), suppli in 1 (ln(64/2) = 3.4657): 14.8438 in all.
     * <ul>
     * <li>lead says "Samsung makes chips for Apple watches" first: 11.3781 / 14.8438 = 0.7665 for
     * its sentence, its article and its lede: linked;</li>
     * <li>side names Samsung and Apple watches in its sixth sentence, after five of filler: 8.3178 /
     * 14.8438 = 0.5604 for the sentence and the article, 0 for the lede; report score 0.2802, under
     * {@value WatchListLinkStage#MIN_REPORT_SCORE}: not linked;</li>
     * <li>deep states the whole claim in its sixth sentence: article 1.0, lede 0, report score 0.5:
     * linked.</li>
     * </ul>
     */
    @Test
    void aReportStatesTheClaimInItsLedeOrWhollyBelowIt() {
        Dataset<Row> analyzed = withFiller(60,
                article("lead", null, "Samsung makes chips for Apple watches."),
                article("side", null, afterFiveFillerLines("Apple watches use Samsung screens.")),
                article("deep", null, afterFiveFillerLines("Samsung supplies chips for Apple watches.")));
        Dataset<Row> claims = claims(RowFactory.create("c0", "Samsung supplies chips for Apple watches"));

        assertEquals("c0 deep 1.0000 1.0000 0.0000, c0 lead 0.7665 0.7665 0.7665", links(claims, analyzed));
    }

    /** Articles f0 … f(count - 1), one filler line each (one passage a line), then the given ones. */
    private static Dataset<Row> withFiller(int count, Row... rows) {
        List<Row> articles = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            articles.add(article("f" + i, null, fillerLine(i)));
        }
        articles.addAll(List.of(rows));
        return SharedSpark.session().createDataFrame(articles, ANALYZED);
    }

    /** The first five filler lines (passages the filler articles already hold), then the sentence. */
    private static String[] afterFiveFillerLines(String sentence) {
        String[] sentences = new String[6];
        for (int i = 0; i < 5; i++) {
            sentences[i] = fillerLine(i);
        }
        sentences[5] = sentence;
        return sentences;
    }

    private static String fillerLine(int i) {
        return "Filler line " + i + ".";
    }

    private static Row article(String id, String title, String... sentences) {
        return RowFactory.create(id, title, Arrays.stream(sentences).map(RowFactory::create).toArray(Row[]::new));
    }

    private static Dataset<Row> articles(Row... rows) {
        return SharedSpark.session().createDataFrame(List.of(rows), ANALYZED);
    }

    private static Dataset<Row> claims(Row... rows) {
        return SharedSpark.session().createDataFrame(List.of(rows), CLAIMS);
    }

    private static String links(Dataset<Row> claims, Dataset<Row> analyzed) {
        return WatchListLinkStage.apply(claims, analyzed).orderBy("claim_id", "article_id").collectAsList().stream()
                .map(r -> String.format("%s %s %.4f %.4f %.4f", r.getString(0), r.getString(1), r.getDouble(2),
                        r.getDouble(3), r.getDouble(4)))
                .collect(Collectors.joining(", "));
    }
}
