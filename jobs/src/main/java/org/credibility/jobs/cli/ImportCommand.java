package org.credibility.jobs.cli;

import org.credibility.jobs.importers.ArticleBenchmarkImporter;
import org.credibility.jobs.importers.EmergentImporter;
import org.credibility.jobs.importers.Fnc1Importer;
import org.credibility.jobs.importers.ImportSummary;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.credibility.jobs.UsageException;

/** {@code credibility import fnc1|emergent|article-benchmark ...}: a public data set → an input folder (plain Java, no Spark). */
public final class ImportCommand {
    public static final String HELP = String.join("\n",
            "usage: credibility import fnc1 --bodies FILE --stances FILE --output DIR",
            "       credibility import emergent --csv FILE --output DIR",
            "       credibility import article-benchmark --fnc1-bodies FILE --fnc1-stances FILE --emergent FILE",
            "                                            --output DIR",
            "  fnc1      FNC-1 CSVs (Body ID, articleBody; Headline, Body ID[, Stance]): one article per",
            "            body, one claim per distinct headline, every row a known report; Stance, when",
            "            present, becomes stance_labels.jsonl",
            "  emergent  the Emergent CSV: claims (claim_label → labels.jsonl when present), one article",
            "            per page_url (body = its headline: the CSV has no text), page_position →",
            "            stance_labels.jsonl when present; repeated (claim, page_url) rows count once",
            "  article-benchmark  FNC-1's training bodies as a crawl and the Emergent claims they report",
            "            (joined by headline) as a watch list with no known reports: articles.jsonl,",
            "            claims.jsonl, labels.jsonl, the answer key gold_reports.jsonl (claim_id,",
            "            article_id, stance toward the claim) and FNC-1's pairs fnc1_stance_pairs.jsonl",
            "            (headline, article_id, stance, claim_ids) for 'evaluate articles'",
            "  --output DIR  the input folder to write (articles.jsonl, claims.jsonl, label files)");

    private ImportCommand() {
    }

    /** Runs the import and returns its exit status; usage errors throw {@link UsageException}. */
    public static int run(List<String> args) {
        if (args.isEmpty()) {
            throw new UsageException("import: missing data set (fnc1, emergent or article-benchmark; see 'import --help')");
        }
        if (args.contains("--help") || args.contains("-h")) {
            System.out.println(HELP);
            return 0;
        }
        String dataset = args.get(0);
        List<String> rest = args.subList(1, args.size());
        ImportSummary summary = switch (dataset) {
            case "fnc1" -> {
                Options o = Options.parse("import fnc1", rest, Set.of("bodies", "stances", "output"));
                yield Fnc1Importer.importTo(Path.of(o.require("bodies")), Path.of(o.require("stances")),
                        Path.of(o.require("output")));
            }
            case "emergent" -> {
                Options o = Options.parse("import emergent", rest, Set.of("csv", "output"));
                yield EmergentImporter.importTo(Path.of(o.require("csv")), Path.of(o.require("output")));
            }
            case "article-benchmark" -> {
                Options o = Options.parse("import article-benchmark", rest,
                        Set.of("fnc1-bodies", "fnc1-stances", "emergent", "output"));
                yield ArticleBenchmarkImporter.importTo(Path.of(o.require("fnc1-bodies")),
                        Path.of(o.require("fnc1-stances")), Path.of(o.require("emergent")),
                        Path.of(o.require("output")));
            }
            default -> throw new UsageException("import: unknown data set '" + dataset
                    + "' (fnc1, emergent or article-benchmark; see 'import --help')");
        };
        System.err.println("credibility: " + summary.describe());
        return 0;
    }
}
