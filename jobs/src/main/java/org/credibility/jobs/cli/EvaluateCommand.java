package org.credibility.jobs.cli;

import org.credibility.jobs.evaluation.ArticleEvaluation;
import org.credibility.jobs.evaluation.CredibilityEvaluation;
import org.credibility.jobs.evaluation.GroupedSplit;
import org.credibility.jobs.evaluation.StanceEvaluation;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.SparkSession;
import org.credibility.jobs.JobException;
import org.credibility.jobs.flows.JobSettings;
import org.credibility.jobs.flows.SparkSessions;
import org.credibility.jobs.UsageException;
import org.credibility.jobs.importers.ArticleBenchmarkImporter;

/**
 * {@code credibility evaluate stance|credibility|articles ...}: a metrics report on a labelled input
 * (see {@link StanceEvaluation}, {@link CredibilityEvaluation} and {@link ArticleEvaluation}).
 */
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
            "  --seed N       seed of the split (default 1)",
            "",
            "usage: credibility evaluate credibility --input DIR --output DIR [--folds K] [--seed N] [--master URL]",
            "  claim-grouped K-fold cross-validation of the claim scores on a labelled claim-centric input",
            "  (articles.jsonl, claims.jsonl, labels.jsonl, stance_labels.jsonl, as 'import emergent' writes",
            "  it): in each fold the stance and credibility models learn from the other folds' claims only.",
            "  Writes report.json, report.html and calibration.png.",
            "  --folds K      number of folds, at least 3 (default 5)",
            "  --seed N       seed of the fold assignment (default 1)",
            "",
            "usage: credibility evaluate articles --input DIR --output DIR [--folds K] [--seed N] [--model DIR]",
            "                                     [--master URL]",
            "  runs a watch list against a crawl as the job does (links, stance, claim features, scores) on a",
            "  folder 'import article-benchmark' writes (articles.jsonl, claims.jsonl, labels.jsonl,",
            "  gold_reports.jsonl) and measures the reports found (recall, precision), their stances (a missed",
            "  report counts as wrong) and the claims' ROC-AUC, with stance and credibility models trained in",
            "  claim-grouped folds (the stance models also on fnc1_stance_pairs.jsonl, less the fold's claims'",
            "  headlines and reports); the shipped model's figures beside them. Writes report.json, report.md,",
            "  claims.jsonl (each labelled claim's held-out scores and evidence counts) and reports.jsonl",
            "  (each report the run kept or the answer key holds, with both readings).",
            "  --folds K      number of claim-grouped folds, at least 2 (default 5)",
            "  --seed N       seed of the fold assignment (default 1)",
            "  --model DIR    the shipped model to compare with (default seeds/model)");

    private EvaluateCommand() {
    }

    public static int run(List<String> args) {
        if (args.contains("--help") || args.contains("-h")) {
            System.out.println(HELP);
            return 0;
        }
        if (args.isEmpty() || !List.of("stance", "credibility", "articles").contains(args.get(0))) {
            throw new UsageException("evaluate: " + (args.isEmpty() ? "missing" : "unknown") + " task"
                    + (args.isEmpty() ? "" : " '" + args.get(0) + "'")
                    + " (stance, credibility or articles; see 'evaluate --help')");
        }
        if (args.get(0).equals("credibility")) {
            return credibility(args.subList(1, args.size()));
        }
        if (args.get(0).equals("articles")) {
            return articles(args.subList(1, args.size()));
        }
        Options o = Options.parse("evaluate stance", args.subList(1, args.size()),
                Set.of("input", "output", "split", "dev-share", "seed", "master"));
        String input = o.require("input");
        Path output = Path.of(o.require("output"));
        double devShare = o.number("dev-share", "0.2", Double::parseDouble, "a number in (0, 1)");
        long seed = o.number("seed", "1", Long::parseLong, "an integer");
        GroupedSplit.Grouping grouping = switch (o.get("split").orElse("article")) {
            case "article" -> GroupedSplit.Grouping.ARTICLE;
            case "story" -> GroupedSplit.Grouping.STORY;
            default -> throw new UsageException("evaluate stance: --split takes article or story");
        };
        if (!(devShare > 0 && devShare < 1)) {
            throw new UsageException("evaluate stance: --dev-share takes a number in (0, 1)");
        }
        requireFiles("evaluate stance", input, "articles.jsonl", "claims.jsonl", "stance_labels.jsonl");
        SparkSession spark = SparkSessions.getOrCreate(o.get("master").orElse(null));
        Map<String, Object> report = StanceEvaluation.run(spark, input, output, grouping, devShare, seed);
        @SuppressWarnings("unchecked")
        Map<String, Object> dev = (Map<String, Object>) report.get("dev");
        System.err.printf("credibility: stance on %s dev pairs: FNC-1 score %.4f, macro-F1 %.4f; report in %s%n",
                dev.get("pairs"), dev.get("fnc_score_relative"), dev.get("macro_f1"), output);
        return 0;
    }

    private static int credibility(List<String> args) {
        Options o = Options.parse("evaluate credibility", args, Set.of("input", "output", "folds", "seed", "master"));
        String input = o.require("input");
        Path output = Path.of(o.require("output"));
        // Three at least: the training claims' stances come from stance models trained on the other training folds.
        int folds = folds(o, "evaluate credibility", 3);
        long seed = o.number("seed", "1", Long::parseLong, "an integer");
        requireFiles("evaluate credibility", input, "articles.jsonl", "claims.jsonl", "labels.jsonl",
                "stance_labels.jsonl");
        SparkSession spark = SparkSessions.getOrCreate(o.get("master").orElse(null));
        Map<String, Object> report = CredibilityEvaluation.run(spark, input, output, folds, seed);
        @SuppressWarnings("unchecked")
        Map<String, Object> held = (Map<String, Object>) report.get("held_out");
        @SuppressWarnings("unchecked")
        Map<String, Object> stance = (Map<String, Object>) report.get("stance_held_out");
        System.err.printf("credibility: held-out claims ROC-AUC %s (pooled), stance accuracy %s on %s reports;"
                + " report in %s%n", held.get("roc_auc_pooled"), stance.get("accuracy"), stance.get("pairs"), output);
        return 0;
    }

    private static int articles(List<String> args) {
        Options o = Options.parse("evaluate articles", args, Set.of("input", "output", "folds", "seed", "model", "master"));
        String input = o.require("input");
        Path output = Path.of(o.require("output"));
        int folds = folds(o, "evaluate articles", 2);
        long seed = o.number("seed", "1", Long::parseLong, "an integer");
        requireFiles("evaluate articles", input, "articles.jsonl", "claims.jsonl", "labels.jsonl",
                ArticleBenchmarkImporter.GOLD);
        SparkSession spark = SparkSessions.getOrCreate(o.get("master").orElse(null));
        Map<String, Object> report = ArticleEvaluation.run(spark, input, output, folds, seed,
                o.get("model").orElse(JobSettings.defaultModel()));
        @SuppressWarnings("unchecked")
        Map<String, Object> kept = (Map<String, Object>) ((Map<String, Object>) report.get("linking"))
                .get("reports_kept_cross_validated_stance");
        @SuppressWarnings("unchecked")
        Map<String, Object> links = (Map<String, Object>) ((Map<String, Object>) report.get("linking")).get("links");
        System.err.printf("credibility: links recall %s precision %s; reports kept recall %s precision %s;"
                + " report in %s%n", links.get("recall"), links.get("precision"), kept.get("recall"),
                kept.get("precision"), output);
        return 0;
    }

    /** {@code --folds K} (default 5), at least {@code least}. */
    private static int folds(Options o, String command, int least) {
        int folds = o.number("folds", "5", Integer::parseInt, "an integer of at least " + least);
        if (folds < least) {
            throw new UsageException(command + ": --folds takes an integer of at least " + least);
        }
        return folds;
    }

    private static void requireFiles(String command, String input, String... files) {
        for (String file : files) {
            if (!java.nio.file.Files.exists(Path.of(input, file)) && !input.contains("://")) {
                throw new JobException(command + ": no " + file + " in " + input);
            }
        }
    }
}
