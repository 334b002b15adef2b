package org.credibility.jobs.cli;

import org.credibility.jobs.generate.CorpusGenerator;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.credibility.jobs.UsageException;
import org.credibility.jobs.importers.InputFolderWriter;

/** {@code credibility generate ...}: a synthetic input folder for benchmarks (plain Java, no Spark). */
public final class GenerateCommand {
    public static final String HELP = String.join("\n",
            "usage: credibility generate --articles N --seed S --output DIR",
            "  --articles N  how many articles to write (0 or more)",
            "  --seed S      random seed (an integer): the same seed and N give the same bytes",
            "  --output DIR  the input folder to write (articles.jsonl; no labels)",
            "  News-like articles from 300 invented outlets over six weeks; each story's claims",
            "  recur across outlets copied, paraphrased, hedged, attributed, denied or republished,",
            "  with crawl noise (boilerplate, comment threads, HTML). Written line by line.");

    private GenerateCommand() {
    }

    public static int run(List<String> args) {
        if (args.contains("--help") || args.contains("-h")) {
            System.out.println(HELP);
            return 0;
        }
        Options o = Options.parse("generate", args, Set.of("articles", "seed", "output"));
        long articles = o.number("articles", null, Long::parseLong, "an integer");
        if (articles < 0) {
            throw new UsageException("generate: --articles must be 0 or more, not " + articles);
        }
        long seed = o.number("seed", null, Long::parseLong, "an integer");
        Path output = Path.of(o.require("output"));
        long written = new InputFolderWriter(output).write("articles.jsonl", new CorpusGenerator(seed, articles));
        System.err.printf("credibility: generated %d articles (seed %d) into %s%n", written, seed,
                output.resolve("articles.jsonl"));
        return 0;
    }
}
