package org.credibility.jobs;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import org.credibility.jobs.cli.ExplainCommand;
import org.credibility.jobs.cli.Options;
import org.credibility.jobs.cli.UsageException;
import org.credibility.jobs.generate.GenerateCommand;
import org.credibility.jobs.importers.ImportCommand;
import org.credibility.jobs.ml.EvaluateCommand;
import org.credibility.jobs.stages.DateWindow;

/**
 * Command-line entry point, also the jar's Main-Class so that
 * {@code spark-submit credibility-jobs.jar run ...} works without {@code --class}.
 * Exit status: 0 on success, 2 on a bad command line, 1 on any other failure; every
 * failure is one line on stderr.
 */
public final class Main {
    /** The flag, valid with every command, that keeps Spark's log at the level its configuration sets. */
    static final String VERBOSE = "--verbose";
    private static final String INPUT = "input";
    static final String USAGE = String.join("\n",
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
            "         turn a public data set into an input folder (no Spark)",
            "  evaluate stance --input DIR --output DIR [--dev-share X] [--seed N] [--master URL]",
            "         train the stance model on a grouped split of a labelled input, report on the rest",
            "  evaluate credibility --input DIR --output DIR [--folds K] [--seed N] [--master URL]",
            "         cross-validate the claim scores on held-out claims of a labelled input",
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
    private static final String RUN_HELP = String.join("\n",
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
    private static final String TRAIN_HELP = String.join("\n",
            "usage: credibility train --input DIR ... [--since DATE] [--until DATE] --model DIR",
            "                         [--only stance|credibility] [--master URL] [--conf spark.NAME=VALUE ...]",
            "                         [--verbose]",
            "  --input DIR   input folder with articles.jsonl and stance_labels.jsonl (trains the",
            "                stance model) and/or labels.jsonl (trains the credibility model);",
            INPUT_HELP,
            "  --model DIR   the model folder to write; a model trained replaces the one of its name",
            "                there, other models in the folder are kept (and used: the credibility",
            "                model learns from the stances the folder's stance model predicts)",
            "  --only NAME   train only this model (stance or credibility) though the input has both",
            MASTER_HELP,
            CONF_HELP,
            VERBOSE_HELP);
    private static final String SCORE_HELP = String.join("\n",
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

    private Main() {
    }

    public static void main(String[] args) {
        int status = run(args);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Runs one command and returns its exit status; never exits the JVM (tests call this). */
    public static int run(String[] args) {
        try {
            return dispatch(Arrays.asList(args));
        } catch (UsageException e) {
            System.err.println("credibility: " + e.getMessage());
            return 2;
        } catch (JobException e) {
            System.err.println("credibility: " + e.getMessage());
            return 1;
        } catch (Exception | Error e) {
            System.err.println("credibility: failed: " + oneLine(e));
            return 1;
        }
    }

    private static int dispatch(List<String> commandLine) {
        List<String> args = commandLine.stream().filter(arg -> !arg.equals(VERBOSE)).toList();
        if (!commandLine.contains(VERBOSE)) {
            // Spark's warnings read as failures to a person and bury the progress lines; its
            // errors still show.
            Configurator.setRootLevel(Level.ERROR);
        }
        if (args.isEmpty()) {
            throw new UsageException("missing command (run, train, score, import, evaluate, generate or explain; see --help)");
        }
        String command = args.get(0);
        List<String> rest = args.subList(1, args.size());
        if (command.equals("--help") || command.equals("-h") || command.equals("help")) {
            System.out.println(USAGE);
            return 0;
        }
        if (command.equals("--version")) {
            BuildInfo.lines().forEach(System.out::println);
            return 0;
        }
        if (command.equals("import")) {
            return ImportCommand.run(rest);
        }
        if (command.equals("evaluate")) {
            return EvaluateCommand.run(rest);
        }
        if (command.equals("generate")) {
            return GenerateCommand.run(rest);
        }
        if (command.equals("explain")) {
            return ExplainCommand.run(rest);
        }
        String help = switch (command) {
            case "run" -> RUN_HELP;
            case "train" -> TRAIN_HELP;
            case "score" -> SCORE_HELP;
            default -> throw new UsageException("unknown command '" + command + "' (run, train, score, import, evaluate, generate or explain; see --help)");
        };
        if (rest.contains("--help") || rest.contains("-h")) {
            System.out.println(help);
            return 0;
        }
        JobSettings settings = switch (command) {
            case "run" -> {
                Options o = parse(command, rest, "output", "model", "wait");
                yield JobSettings.forRun(o.all(INPUT), window(command, o), o.get("output"), o.get("model"), spark(o),
                        waitForOutput(command, o));
            }
            case "train" -> {
                Options o = parse(command, rest, "model", "only");
                yield JobSettings.forTrain(inputs(command, o), window(command, o), o.require("model"), spark(o),
                        o.get("only"));
            }
            default -> {
                Options o = parse(command, rest, "model", "output", "wait");
                yield JobSettings.forScore(inputs(command, o), window(command, o), o.require("model"),
                        o.require("output"), spark(o), waitForOutput(command, o));
            }
        };
        settings.validate();
        CredibilityJob.execute(settings);
        return 0;
    }

    /** The options of run, train and score: theirs, and the input, window and Spark options all three take. */
    private static Options parse(String command, List<String> args, String... own) {
        Set<String> allowed = new HashSet<>(List.of(own));
        allowed.addAll(List.of(INPUT, "since", "until", "master", Options.CONF));
        return Options.parse(command, args, allowed, Set.of(INPUT, Options.CONF));
    }

    private static List<String> inputs(String command, Options o) {
        if (o.all(INPUT).isEmpty()) {
            throw new UsageException(command + ": missing required option --" + INPUT);
        }
        return o.all(INPUT);
    }

    /** --since and --until: ISO dates, both days included. */
    private static DateWindow window(String command, Options o) {
        try {
            return new DateWindow(date(command, o, "since"), date(command, o, "until"));
        } catch (IllegalArgumentException e) {
            throw new UsageException(command + ": --since/--until: " + e.getMessage());
        }
    }

    private static Optional<LocalDate> date(String command, Options o, String name) {
        try {
            return o.get(name).map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            throw new UsageException(command + ": --" + name + " needs an ISO date (2017-01-21), not '"
                    + o.get(name).orElseThrow() + "'");
        }
    }

    private static JobSettings.Spark spark(Options o) {
        return JobSettings.Spark.of(o.get("master"), o.confs());
    }

    private static Duration waitForOutput(String command, Options o) {
        long seconds = o.number("wait", "0", Long::parseLong, "a whole number of seconds");
        if (seconds < 0) {
            throw new UsageException(command + ": --wait needs a whole number of seconds, not '" + seconds + "'");
        }
        return Duration.ofSeconds(seconds);
    }

    private static String oneLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
