package org.credibility.jobs.stages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.credibility.jobs.SharedSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Claims × sentences → links, on invented names (no stopwords, no aliases) so the term sets are the words. */
class LinkStageTest {
    private static final StructType ANALYZED = new StructType()
            .add("id", DataTypes.StringType)
            .add("sentences", DataTypes.createArrayType(new StructType().add("text", DataTypes.StringType)));
    private static final StructType CLAIMS = new StructType()
            .add("claim_id", DataTypes.StringType)
            .add("article_id", DataTypes.StringType)
            .add("text", DataTypes.StringType);
    private static final String CLAIM = "Velotrin Prasensul Gunlis Dorvan";

    @Test
    void linksNeedTwoSharedTermsAndJaccardOfAtLeastFifteenPercent() {
        Dataset<Row> analyzed = articles(List.of(
                List.of("a0", CLAIM),
                // one shared term: a coincidence, not a story
                List.of("a1", "Velotrin Mostar Kuvan Tarlis"),
                // two shared of six: Jaccard 1/3
                List.of("a2", "Velotrin Prasensul Kuvan Tarlis"),
                // two shared of sixteen: Jaccard 0.125
                List.of("a3", "Velotrin Prasensul Aarn Bexo Cilm Dovu Eskr Fint Gorv Hulm Ilst Jorv Kesp Lumt"),
                // the best sentence of an article counts: Jaccard 3/6 beats 1/3
                List.of("a4", "Velotrin Prasensul Kuvan Tarlis", "Prasensul Gunlis Dorvan Kuvan Tarlis")));
        Dataset<Row> claims = claims(List.of(RowFactory.create("c0", "a0", CLAIM)));

        assertEquals("c0 a0 1.0000, c0 a2 0.3333, c0 a4 0.5000", links(claims, analyzed));
    }

    @Test
    void aCopiedClaimLinksToTheFiftyMostSimilarOtherArticlesNeverItsOwn() {
        // 53 articles carry the claim verbatim, and two of them are the claim's own (c0 in d00, c1 in
        // d01): ties at similarity 1 go to the smaller article id.
        List<List<String>> articles = new ArrayList<>();
        IntStream.range(0, 53).forEach(i -> articles.add(List.of(String.format("d%02d", i), CLAIM)));
        articles.add(List.of("e00", "Velotrin Prasensul Gunlis Kuvan"));
        Dataset<Row> analyzed = articles(articles);
        Dataset<Row> claims = claims(List.of(RowFactory.create("c0", "d00", CLAIM), RowFactory.create("c1", "d01", CLAIM)));

        String expected = "c0 d00 1.0000, " + ids(1, 51).stream().map(id -> "c0 " + id + " 1.0000").collect(Collectors.joining(", "))
                + ", c1 d00 1.0000, c1 d01 1.0000, "
                + ids(2, 51).stream().map(id -> "c1 " + id + " 1.0000").collect(Collectors.joining(", "));
        assertEquals(expected, links(claims, analyzed));
    }

    /**
     * A claim and n one-line articles "Zafrel Quonmir X" share two terms at Jaccard 2/9. Both terms
     * are in n + 1 texts. In at most {@value LinkStage#RARE_TERM_TEXTS} texts they block; above,
     * only a text's six rarest terms do, and the claim's six rarest are its story's names (here in
     * two sentences each), so template-like siblings sharing common words no longer link.
     */
    @ParameterizedTest
    @CsvSource({"40, true", "60, false"})
    void twoSharedCommonTermsLinkOnlyWhileRareEnoughToBlock(int siblings, boolean siblingsLink) {
        String claim = "Velotrin Prasensul Gunlis Dorvan Kuvan Tarlis Zafrel Quonmir";
        List<List<String>> articles = new ArrayList<>();
        articles.add(List.of("a0", claim));
        // The claim's story: its six names again, in another outlet's words (Jaccard 6/8).
        articles.add(List.of("a1", "Velotrin Prasensul Gunlis Dorvan Kuvan Tarlis"));
        List<String> siblingIds = IntStream.range(0, siblings).mapToObj(i -> String.format("b%02d", i)).toList();
        IntStream.range(0, siblings).forEach(i -> articles.add(List.of(siblingIds.get(i),
                "Zafrel Quonmir Ulm" + (char) ('a' + i / 26) + (char) ('a' + i % 26) + "et")));
        Dataset<Row> claims = claims(List.of(RowFactory.create("c0", "a0", claim)));

        String expected = "c0 a0 1.0000, c0 a1 0.7500" + (siblingsLink
                ? siblingIds.stream().map(id -> ", c0 " + id + " 0.2222").collect(Collectors.joining()) : "");
        assertEquals(expected, links(claims, articles(articles)));
    }

    @Test
    void aListedClaimLinksOnTermsThatOneSentenceHas() {
        // A watch-list claim is no article's sentence: its terms count as shared when one sentence has them.
        Dataset<Row> analyzed = articles(List.of(List.of("a1", "Velotrin Prasensul Kuvan Tarlis")));
        Dataset<Row> claims = claims(List.of(RowFactory.create("c0", "", CLAIM)));

        assertEquals("c0  1.0000, c0 a1 0.3333", links(claims, analyzed));
    }

    private static List<String> ids(int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> String.format("d%02d", i)).toList();
    }

    /** Each list: article id, then its sentences. */
    private static Dataset<Row> articles(List<List<String>> articles) {
        List<Row> rows = articles.stream().map(a -> RowFactory.create(a.get(0),
                a.subList(1, a.size()).stream().map(text -> RowFactory.create(text)).toList())).toList();
        return SharedSpark.session().createDataFrame(rows, ANALYZED);
    }

    private static Dataset<Row> claims(List<Row> rows) {
        return SharedSpark.session().createDataFrame(rows, CLAIMS);
    }

    /** "claim article similarity" of every link, sorted. */
    private static String links(Dataset<Row> claims, Dataset<Row> analyzed) {
        return Arrays.stream((Row[]) LinkStage.apply(claims, analyzed).orderBy("claim_id", "article_id").collect())
                .map(r -> String.format("%s %s %.4f", r.getString(0), r.getString(1), r.getDouble(2)))
                .collect(Collectors.joining(", "));
    }
}
