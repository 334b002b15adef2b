package org.credibility.jobs.ml;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.SparkSession;
import org.credibility.jobs.JobException;
import org.credibility.jobs.SparkSessions;
import org.credibility.jobs.cli.Options;
import org.credibility.jobs.cli.UsageException;

/** {@code credibility evaluate stance ...}: a metrics report on a labelled input (see {@link StanceEvaluation}). */
public final class EvaluateCommand {
    public static final String HELP = String.join("\n",
            "usage: credibility evaluate stance --input DIR --output DIR [--split article|story] [--dev-share X]",
            "                                   [--seed N] [--master URL]",
            "  trains the stance model on part of a labelled input folder (articles.jsonl, claims.jsonl,",
            "  stance_labels.jsonl, as 'import fnc1' writes it) and measures it on the rest. Writes",
            "  report.json and report.md.",
            "  --split article  whole articles (FNC-1 Body IDs) to one side, as the FNC-1 baseline's hold-out",
            "                   (default); a claim may be on both sides",
            "  --split story    no claim and no article on both sides: claims and articles joined by a related",
            "                   pair stay together, unrelated pairs across the sides are left out",
            "  --dev-share X  share of the groups held out for measuring (default 0.2)",
            "  --seed N       seed of the split (default 1)");

    private EvaluateCommand() {
    }

    public static int run(List<String> args) {
        if (args.contains("--help") || args.contains("-h")) {
            System.out.println(HELP);
            return 0;
        }
        if (args.isEmpty() || !args.get(0).equals("stance")) {
            throw new UsageException("evaluate: " + (args.isEmpty() ? "missing" : "unknown") + " task"
                    + (args.isEmpty() ? "" : " '" + args.get(0) + "'") + " (stance; see 'evaluate --help')");
        }
        Options o = Options.parse("evaluate stance", args.subList(1, args.size()),
                Set.of("input", "output", "split", "dev-share", "seed", "master"));
        String input = o.require("input");
        Path output = Path.of(o.require("output"));
        double devShare;
        long seed;
        try {
            devShare = Double.parseDouble(o.get("dev-share").orElse("0.2"));
            seed = Long.parseLong(o.get("seed").orElse("1"));
        } catch (NumberFormatException e) {
            throw new UsageException("evaluate stance: --dev-share takes a number in (0, 1) and --seed an integer");
        }
        GroupedSplit.Grouping grouping = switch (o.get("split").orElse("article")) {
            case "article" -> GroupedSplit.Grouping.ARTICLE;
            case "story" -> GroupedSplit.Grouping.STORY;
            default -> throw new UsageException("evaluate stance: --split takes article or story");
        };
        if (!(devShare > 0 && devShare < 1)) {
            throw new UsageException("evaluate stance: --dev-share takes a number in (0, 1)");
        }
        for (String file : new String[] {"articles.jsonl", "claims.jsonl", "stance_labels.jsonl"}) {
            if (!java.nio.file.Files.exists(Path.of(input, file)) && !input.contains("://")) {
                throw new JobException("evaluate stance: no " + file + " in " + input);
            }
        }
        SparkSession spark = SparkSessions.getOrCreate(o.get("master").orElse(null));
        Map<String, Object> report = StanceEvaluation.run(spark, input, output, grouping, devShare, seed);
        @SuppressWarnings("unchecked")
        Map<String, Object> dev = (Map<String, Object>) report.get("dev");
        System.err.printf("credibility: stance on %s dev pairs: FNC-1 score %.4f, macro-F1 %.4f; report in %s%n",
                dev.get("pairs"), dev.get("fnc_score_relative"), dev.get("macro_f1"), output);
        return 0;
    }
}
