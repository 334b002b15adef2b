package org.credibility.jobs.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.credibility.jobs.SharedSpark;
import org.credibility.jobs.io.OutputWriter;

/**
 * A tiny finished output, written by hand: two claims about coalition jets, one disputed in its
 * own article, asserted by Sputnik, attributed with another figure by Free West Media, and a
 * linked UPI article that does not address it. Only the columns explain and the ClaimReview
 * drafts read.
 */
public final class OutputFixture {
    private static final StructType ARTICLES = new StructType().add("id", DataTypes.StringType)
            .add("outlet", DataTypes.StringType).add("origin", DataTypes.StringType)
            .add("title", DataTypes.StringType).add("url", DataTypes.StringType)
            .add("published", DataTypes.TimestampType);
    private static final StructType SCORES = new StructType().add("claim_id", DataTypes.StringType)
            .add("text", DataTypes.StringType).add("outlet", DataTypes.StringType)
            .add("article_id", DataTypes.StringType).add("attribution", DataTypes.StringType)
            .add("source", DataTypes.StringType).add("credibility", DataTypes.DoubleType)
            .add("explanation", DataTypes.StringType);
    private static final StructType MENTIONS = new StructType().add("claim_id", DataTypes.StringType)
            .add("article_id", DataTypes.StringType).add("outlet", DataTypes.StringType)
            .add("own_article", DataTypes.BooleanType).add("stance", DataTypes.StringType)
            .add("stance_p", DataTypes.DoubleType).add("relation", DataTypes.StringType)
            .add("matched_sentence", DataTypes.StringType).add("source", DataTypes.StringType)
            .add("denier", DataTypes.StringType)
            .add("number_conflicts", DataTypes.createArrayType(DataTypes.StringType));

    private OutputFixture() {
    }

    public static Dataset<Row> articles() {
        return table(ARTICLES, List.of(
                RowFactory.create("a1", "Global Research", "South Front", "Bombers in action",
                        "https://example.org/gr/bombers", at("2017-01-25T00:00:00Z")),
                RowFactory.create("a2", "Sputnik", "Sputnik", "Video of the bombers",
                        "https://example.org/sputnik/video", at("2017-01-23T00:00:00Z")),
                RowFactory.create("a3", "Free West Media", "Free West Media", "Joint or not so joint?",
                        "https://example.org/fwm/joint", at("2017-01-24T09:08:00Z")),
                RowFactory.create("a4", "UPI", "UPI", "Joint bombings", null, null)));
    }

    public static Dataset<Row> scores() {
        return table(SCORES, List.of(
                RowFactory.create("c1", "Two coalition jets joined the strikes, the ministry said.", "Global Research",
                        "a1", "Russian Defense Ministry", "Russian Ministry of Defence", 0.055,
                        "denied by: US-led coalition (reported in Global Research) (−); attributed to: Russian Ministry"
                                + " of Defence (−)"),
                RowFactory.create("c2", "Turkish jets bombed al-Bab.", "Sputnik", "a2", null, null, 0.7,
                        "no other outlet corroborates it; not attributed to a source")));
    }

    public static Dataset<Row> mentions() {
        return table(MENTIONS, List.of(
                RowFactory.create("c1", "a1", "Global Research", true, "discuss", 0.55, "disputed",
                        "Colonel John Dorrian, a spokesman for the US-led coalition, denied it.", "US-led coalition",
                        "US-led coalition", new String[0]),
                RowFactory.create("c1", "a2", "Sputnik", false, "agree", 0.48, "asserted",
                        "Two coalition jets took part.", null, null, new String[0]),
                RowFactory.create("c1", "a3", "Free West Media", false, "discuss", 0.47, "attributed",
                        "Four jets took part, the ministry said.", "Russian Ministry of Defence", null,
                        new String[] {"jets: 2 vs 4"}),
                RowFactory.create("c1", "a4", "UPI", false, "unrelated", 0.61, "not_addressed",
                        "Russia and Turkey carried out joint bombings.", null, null, new String[0]),
                RowFactory.create("c2", "a2", "Sputnik", true, "agree", 0.9, "asserted",
                        "Turkish jets bombed al-Bab.", null, null, new String[0])));
    }

    /** The three tables under {@code dir}, with a manifest naming a run. */
    public static Path write(Path dir) throws IOException {
        Files.createDirectories(dir);
        articles().write().parquet(dir.resolve("articles").toString());
        scores().write().parquet(dir.resolve("scores").toString());
        mentions().write().parquet(dir.resolve("mentions").toString());
        Files.writeString(dir.resolve(OutputWriter.MANIFEST), "{\"run_id\": \"1-0000000a\", \"command\": \"run\"}");
        return dir;
    }

    private static Dataset<Row> table(StructType schema, List<Row> rows) {
        return SharedSpark.session().createDataFrame(rows, schema);
    }

    private static Timestamp at(String instant) {
        return Timestamp.from(Instant.parse(instant));
    }
}
