package org.credibility.jobs.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.credibility.jobs.SharedSpark;
import org.credibility.jobs.cli.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run report of the labelled seeds run (which trains on seeds/labelled/labels.jsonl first). */
class RunReportTest {
    @TempDir
    static Path dir;
    static Path out;
    static Path report;
    static String html;
    static SparkSession spark;

    @BeforeAll
    static void runOnTheLabelledSeeds() throws Exception {
        spark = SharedSpark.session();
        out = dir.resolve("out");
        assertEquals(0, Main.run(new String[] {"run", "--input", "../seeds/labelled", "--output", out.toString()}));
        report = out.resolve("report");
        html = Files.readString(report.resolve(RunReport.HTML));
    }

    private static Dataset<Row> table(String name) {
        return spark.read().parquet(out.resolve(name).toString());
    }

    @Test
    void writesThePageAndFourPngChartsOfTheExpectedSize() throws Exception {
        try (var files = Files.list(report)) {
            assertEquals(List.of("calibration.png", "outlets-credibility.png", "outlets-hedging-denial.png",
                    "report.html", "scores.png"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        for (String png : List.of(RunReport.SCORES_PNG, RunReport.OUTLET_CREDIBILITY_PNG,
                RunReport.OUTLET_HEDGING_PNG, RunReport.CALIBRATION_PNG)) {
            byte[] bytes = Files.readAllBytes(report.resolve(png));
            assertArrayEquals(signature, Arrays.copyOf(bytes, 8), png);
            BufferedImage image = ImageIO.read(report.resolve(png).toFile());
            assertEquals(800, image.getWidth(), png);
            assertEquals(420, image.getHeight(), png);
            assertTrue(html.contains("<img src=\"" + png + "\""), "the page shows " + png);
        }
    }

    @Test
    void listsTheMostAndLeastCredibleClaimsWithExplanationsAndOutlets() {
        Row top = table("scores").orderBy(org.apache.spark.sql.functions.col("credibility").desc(),
                org.apache.spark.sql.functions.col("claim_id")).first();
        assertTrue(html.contains(Html.escape((String) top.getAs("text"))), "the top claim's text");
        assertTrue(html.contains(Html.escape((String) top.getAs("explanation"))), "the top claim's explanation");
        assertTrue(html.indexOf("Most credible claims") < html.indexOf(Html.escape((String) top.getAs("text"))));

        // The least credible: Free West Media's "Russia and two coalition jets conducted joint
        // airstrikes", labelled false, which the Pentagon (in Free West Media) and the US-led
        // coalition (in Global Research) deny; no other outlet asserts it.
        String least = html.substring(html.indexOf("<h2>Least credible claims</h2>"));
        String firstRow = least.substring(least.indexOf("<tr><td"), least.indexOf("</tr>", least.indexOf("<tr><td")));
        assertTrue(firstRow.contains("The United States provided coordinates of ISIS wherabouts and after the reconaissance,"
                + " Russia and two coalition jets conducted joint airstrikes on the Daesh targets in the region."), firstRow);
        assertTrue(firstRow.contains("<td>Free West Media</td><td></td><td>Pentagon, US-led coalition</td>"), firstRow);
        assertTrue(firstRow.contains("<td class=\"num\">0.015</td>"), firstRow);
        assertTrue(firstRow.contains("denied by: Pentagon, US-led coalition (reported in Free West Media, Global Research) (−);"
                + " of 2 reports: 0 report it, 2 dispute it, 0 hedge it (−); no other outlet corroborates it"), firstRow);
    }

    @Test
    void countsOutletsAndTheScoreDistribution() {
        assertTrue(html.contains("<tr><td>claims</td><td class=\"num\">56</td></tr>"), "counts");
        assertTrue(html.contains("<tr><td>rejected by reason</td><td>none</td></tr>"), "counts");
        assertTrue(html.contains("56 claims: 53 score 0.5 or more (credible), 3 less."), "distribution");
        assertTrue(html.contains("<tr><td>Global Research</td><td class=\"num\">0.936</td><td class=\"num\">1</td>"
                + "<td class=\"num\">19</td><td>21.1%</td></tr>"), "outlets by credibility");
        // Rates from the reports' relations: 5 of Global Research's 43 mentions hedge a claim (its
        // own claims as their sentences state them: "reportedly" twice, "claim", "could be", "suggests"),
        // 2 dispute one (the coalition's denial). FNC-1's stance read 97.6% as "discuss".
        assertTrue(html.contains("<tr><td>Global Research</td><td>11.6%</td><td>4.7%</td><td class=\"num\">43</td></tr>"),
                "outlets by hedge and denial rate");
    }

    @Test
    void theConfusionMatrixAndCalibrationOfTheLabelledClaims() {
        RunReport.Confusion c = RunReport.confusion(table("scores"),
                spark.read().json("../seeds/labelled/labels.jsonl"));
        assertEquals(new RunReport.Confusion(19, 0, 0, 3, 9), c);
        assertTrue(html.contains("<tr><td>true</td><td class=\"num\">19</td><td class=\"num\">0</td></tr>"), "matrix");
        assertTrue(html.contains("<tr><td>false</td><td class=\"num\">0</td><td class=\"num\">3</td></tr>"), "matrix");
        assertTrue(html.contains("22 scored claims are labelled true or false (9 more are labelled unverified"), "text");
        // Training figures: the run trained on these labels, and the page says so.
        assertTrue(html.contains("Accuracy 100.0%"), "accuracy");
        List<RunReport.CalibrationBin> bins = RunReport.calibration(table("scores"),
                spark.read().json("../seeds/labelled/labels.jsonl"));
        assertEquals(List.of(0, 2, 9), bins.stream().map(RunReport.CalibrationBin::bin).toList());
        assertEquals(List.of(2L, 1L, 19L), bins.stream().map(RunReport.CalibrationBin::claims).toList());
        double[] fractionTrue = {0.0, 0.0, 1.0};
        for (int i = 0; i < fractionTrue.length; i++) {
            assertEquals(fractionTrue[i], bins.get(i).fractionTrue(), 1e-12);
        }
    }

    @Test
    void anUnlabelledRunHasNoLabelSection() {
        RunReport.Files files = RunReport.build(java.util.Map.of("run_id", "r1"), table("scores"), table("outlets"),
                java.util.Optional.empty());
        assertEquals(List.of("report.html", "scores.png", "outlets-credibility.png", "outlets-hedging-denial.png"),
                List.copyOf(files.files().keySet()));
        assertFalse(new String(files.files().get("report.html")).contains("Confusion matrix"));
    }
}
