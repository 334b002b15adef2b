package org.credibility.jobs.cli;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.credibility.features.evidence.ClaimDossier;
import org.credibility.features.evidence.ClaimDossierLayout;
import org.credibility.jobs.JobException;
import org.credibility.jobs.UsageException;
import org.credibility.jobs.flows.SparkSessions;
import org.credibility.jobs.io.FileSystems;
import org.credibility.jobs.io.OutputWriter;
import org.credibility.jobs.report.ClaimDossiers;

/**
 * {@code credibility explain [--output DIR] [--json] CLAIM}: one claim of a finished run's
 * output and the evidence behind its score, for a person (text) or a script (JSON). CLAIM is a
 * claim id or words of the claim's text (case-insensitive); words that match several claims
 * list them with their ids. Reads the output's Parquet tables on a local Spark.
 */
public final class ExplainCommand {
    public static final String HELP = String.join("\n",
            "usage: credibility explain [--output DIR] [--json] CLAIM",
            "  CLAIM         a claim id (claim_id in scores), or words of the claim's text: a claim",
            "                whose text contains them, ignoring case (several words: quote them or not)",
            "  --output DIR  the output folder of a finished run or score (default: out)",
            "  --json        print one JSON object instead of text",
            "  Prints the claim, its article and outlet, its credibility and the reasons, then every",
            "  article linked to it by relation (disputed first, then asserted, attributed, hedged):",
            "  outlet, origin, stance, the evidence sentence, its primary source, the denier. Words",
            "  that match several claims list them with their ids, and exit 1.");
    private static final String JSON_FLAG = "--json";
    /** The tables explain reads. */
    private static final List<String> TABLES = List.of("scores", "mentions", "articles");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ExplainCommand() {
    }

    public static int run(List<String> args) {
        if (args.contains("--help") || args.contains("-h")) {
            System.out.println(HELP);
            return 0;
        }
        boolean json = args.contains(JSON_FLAG);
        // Options takes "--name value" pairs; the words of CLAIM are the arguments outside them.
        List<String> options = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals(JSON_FLAG)) {
                continue;
            }
            if (arg.startsWith("--")) {
                options.add(arg);
                if (i + 1 < args.size()) {
                    options.add(args.get(++i));
                }
            } else {
                words.add(arg);
            }
        }
        String output = Options.parse("explain", options, Set.of("output")).get("output").orElse("out");
        if (words.isEmpty()) {
            throw new UsageException("explain: name a claim: its id, or words of its text (see 'explain --help')");
        }
        String claim = String.join(" ", words);
        requireFinishedOutput(output);

        SparkSession spark = SparkSessions.getOrCreate(null);
        Dataset<Row> scores = spark.read().parquet(output + "/scores");
        Dataset<Row> chosen = scores.filter(col("claim_id").equalTo(claim));
        if (chosen.isEmpty()) {
            chosen = scores.filter(lower(col("text")).contains(lit(claim.toLowerCase(Locale.ROOT))));
        }
        List<Row> matches = chosen.select("claim_id", "text").orderBy("claim_id").collectAsList();
        if (matches.isEmpty()) {
            throw new JobException("explain: no claim in " + output + " has the id or contains the text '" + claim + "'");
        }
        if (matches.size() > 1) {
            matches.forEach(m -> System.out.println(m.getString(0) + "  " + m.getString(1)));
            throw new JobException("explain: " + matches.size() + " claims contain '" + claim
                    + "' (listed above); name one by its id");
        }
        String claimId = matches.get(0).getString(0);
        Dataset<Row> mentions = spark.read().parquet(output + "/mentions").filter(col("claim_id").equalTo(claimId));
        ClaimDossier dossier = ClaimDossiers.fromRow(ClaimDossiers.of(chosen, mentions,
                spark.read().parquet(output + "/articles")).first());
        try {
            System.out.print(json ? JSON.writeValueAsString(ClaimDossierLayout.json(dossier)) + "\n"
                    : ClaimDossierLayout.text(dossier));
        } catch (IOException e) {
            throw new JobException("explain: could not write JSON: " + e.getMessage(), e);
        }
        return 0;
    }

    /** Before Spark starts: a folder a run of this job published, with the tables explain reads. */
    private static void requireFinishedOutput(String output) {
        try {
            Path folder = new Path(output);
            FileSystem fs = FileSystems.of(folder);
            if (!fs.exists(folder)) {
                throw new JobException("explain: output folder not found: " + output);
            }
            if (!fs.getFileStatus(folder).isDirectory() || !OutputWriter.isJobOutput(fs, folder)) {
                throw new JobException("explain: " + output + " is not an output of this job (no "
                        + OutputWriter.MANIFEST + " of a run in it)");
            }
            for (String table : TABLES) {
                if (!fs.exists(new Path(folder, table))) {
                    throw new JobException("explain: " + output + " has no " + table + " table");
                }
            }
        } catch (IOException e) {
            throw new JobException("explain: cannot read " + output + ": " + e.getMessage(), e);
        }
    }
}
