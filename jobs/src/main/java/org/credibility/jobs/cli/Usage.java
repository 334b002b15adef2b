package org.credibility.jobs.cli;

/**
 * The command line's usage texts, each once: the overview ({@code credibility --help}) and the
 * help of run, train and score ({@code credibility run --help}); the other commands keep their
 * help beside their code ({@code ImportCommand.HELP}, …). docs/command-line.md quotes them all
 * verbatim and {@code DocsTest} holds it to that.
 */
public final class Usage {
    private Usage() {
    }

    public static final String OVERVIEW = String.join("\n",
            "usage: credibility <command> [options]",
            "",
            "commands:",
            "  run    [--input DIR ...] [--since DATE] [--until DATE] [--output DIR] [--model DIR] [--wait SECONDS]",
            "         [--master URL] [--conf K=V]",
            "         ingest, extract claims, link, judge stance, score; without --model, first",
            "         trains the models the input has labels for",
            "  train  --input DIR ... [--since DATE] [--until DATE] --model DIR [--only stance|credibility]",
            "         [--master URL] [--conf K=V]",
            "         train the stance model from the input's stance_labels.jsonl and the",
            "         credibility model from its labels.jsonl",
            "  score  --input DIR ... [--since DATE] [--until DATE] --model DIR --output DIR [--wait SECONDS]",
            "         [--master URL] [--conf K=V]",
            "         score with a saved model; never trains",
            "  import fnc1 --bodies FILE --stances FILE --output DIR",
            "  import emergent --csv FILE --output DIR",
            "  import article-benchmark --fnc1-bodies FILE --fnc1-stances FILE --emergent FILE --output DIR",
            "         turn a public data set into an input folder (no Spark)",
            "  evaluate stance --input DIR --output DIR [--split article|story] [--dev-share X] [--seed N]",
            "         [--master URL]",
            "         train the stance model on a grouped split of a labelled input, report on the rest",
            "  evaluate credibility --input DIR --output DIR [--folds K] [--seed N] [--master URL]",
            "         cross-validate the claim scores on held-out claims of a labelled input",
            "  evaluate articles --input DIR --output DIR [--folds K] [--seed N] [--model DIR] [--master URL]",
            "         run a watch list against a crawl as the job does and measure the reports found,",
            "         their stances and the claims' scores against the answer key of 'import article-benchmark'",
            "  generate --articles N --seed S --output DIR",
            "         write a synthetic input folder of N news-like articles (no Spark)",
            "  explain [--output DIR] [--json] CLAIM",
            "         one claim of a run's output (its id, or words of its text) and the evidence",
            "         behind its score: its article, the reasons, every report by relation",
            "",
            "options of every command:",
            "  --verbose  show Spark's own log (its warnings) besides the job's progress lines",
            "",
            "'credibility <command> --help' describes one command; 'credibility --version' prints the",
            "version and git commit of this build, Spark's version and the default model's.");

    private static final String WAIT_HELP = String.join("\n",
            "  --wait SECONDS  when another run is writing the same output, wait up to this long for it",
            "                to finish (default 0: fail at once, naming that run)");
    private static final String MASTER_HELP =
            "  --master URL  Spark master when not submitted by spark-submit (default: local[*])";
    private static final String CONF_HELP = String.join("\n",
            "  --conf spark.NAME=VALUE  a Spark setting (repeatable), as spark-submit's --conf; settings",
            "                given to spark-submit itself win");
    private static final String INPUT_HELP = String.join("\n",
            "                several folders: repeat --input or separate them with commas; each may be a",
            "                glob ('crawl/2017-01-2*'). Optional files (claims.jsonl, labels.jsonl,",
            "                stance_labels.jsonl) are read from every folder that has them; an id seen in",
            "                an earlier folder or line is rejected as a duplicate",
            "  --since DATE  read only articles published on or after this day (ISO date, 2017-01-21, UTC)",
            "  --until DATE  read only articles published on or before this day (ISO date, UTC; the day",
            "                is included). Articles without a date are kept; those outside the window",
            "                are counted in the manifest (outside_window), not rejected");
    private static final String VERBOSE_HELP =
            "  --verbose     show Spark's own log (its warnings) besides the job's progress lines";
    public static final String RUN = String.join("\n",
            "usage: credibility run [--input DIR ...] [--since DATE] [--until DATE] [--output DIR] [--model DIR]",
            "                       [--wait SECONDS] [--master URL] [--conf spark.NAME=VALUE ...] [--verbose]",
            "  --input DIR   input folder with articles.jsonl (default: the sample corpus, seeds/);",
            INPUT_HELP,
            "  --output DIR  output folder for the Parquet tables (default: out); an existing one is",
            "                replaced only when it is an output of this job (or empty)",
            "  --model DIR   score with this saved model folder and never train. Without it, a run",
            "                trains the stance model when the input has stance_labels.jsonl and the",
            "                credibility model when it has labels.jsonl, and writes them to",
            "                <output>/model. Models neither given nor trained come from the default",
            "                model shipped in seeds/model.",
            WAIT_HELP,
            MASTER_HELP,
            CONF_HELP,
            VERBOSE_HELP);
    public static final String TRAIN = String.join("\n",
            "usage: credibility train --input DIR ... [--since DATE] [--until DATE] --model DIR",
            "                         [--only stance|credibility] [--master URL] [--conf spark.NAME=VALUE ...]",
            "                         [--verbose]",
            "  --input DIR   input folder with articles.jsonl and stance_labels.jsonl (trains the",
            "                stance model) and/or labels.jsonl (trains the credibility model);",
            INPUT_HELP,
            "  --model DIR   the model folder to write; a model trained replaces the one of its name",
            "                there, other models in the folder are kept (and used: the credibility",
            "                model learns from the stances the folder's stance model predicts where",
            "                the input has no stance label)",
            "  --only NAME   train only this model (stance or credibility) though the input has both",
            MASTER_HELP,
            CONF_HELP,
            VERBOSE_HELP);
    public static final String SCORE = String.join("\n",
            "usage: credibility score --input DIR ... [--since DATE] [--until DATE] --model DIR --output DIR",
            "                         [--wait SECONDS] [--master URL] [--conf spark.NAME=VALUE ...] [--verbose]",
            "  --input DIR   input folder with articles.jsonl;",
            INPUT_HELP,
            "  --model DIR   a model folder written by 'train' or 'run'",
            "  --output DIR  output folder for the Parquet tables; an existing one is replaced only",
            "                when it is an output of this job (or empty)",
            WAIT_HELP,
            MASTER_HELP,
            CONF_HELP,
            VERBOSE_HELP);
}
