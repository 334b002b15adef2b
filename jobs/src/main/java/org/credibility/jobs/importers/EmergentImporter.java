package org.credibility.jobs.importers;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;

/**
 * Emergent (Ferreira and Vlachos, 2016) → an input folder. Claims from {@code claim_id} /
 * {@code claim} (the leading "Claim:" dropped), verdicts from {@code claim_label} when the file
 * has it; one article per distinct {@code page_url} (outlet = {@code page_domain}, title =
 * {@code page_headline}); every distinct (claim, page_url) a known report; {@code page_position}
 * for / against / observing, when the file has it, as agree / disagree / discuss stance labels
 * (ignoring and null give none). The crawl repeats rows: a repeated (claim, page_url) is one report.
 *
 * <p>The CSV holds no article text: an article's body is its headline, which is all the stance of
 * a report can be judged from. Its {@code date} column is the crawl date, so {@code published} is
 * left out.
 */
public final class EmergentImporter {
    static final Pattern CLAIM_PREFIX = Pattern.compile("^Claim:?\\s+");
    static final Map<String, String> VERDICTS = Map.of("true", "true", "false", "false",
            "unverified", "unverified");
    private static final Map<String, String> POSITIONS = Map.of("for", "agree", "against", "disagree",
            "observing", "discuss");

    private EmergentImporter() {
    }

    public static ImportSummary importTo(Path csv, Path output) {
        Csv in = Csv.read(csv, "claim_id", "claim", "page_domain", "page_url", "page_headline");
        boolean verdicts = in.has("claim_label");
        boolean positions = in.has("page_position");
        ImportSummary.Builder summary = new ImportSummary.Builder("emergent", in.records.size());

        Map<String, String> claimText = new LinkedHashMap<>();
        Map<String, Set<String>> reports = new LinkedHashMap<>();
        Map<String, Map<String, Object>> labels = new LinkedHashMap<>();
        Map<String, Map<String, Object>> articles = new LinkedHashMap<>();
        Map<List<String>, Map<String, Object>> stanceLabels = new LinkedHashMap<>();
        for (CSVRecord r : in.records) {
            String claimId = Csv.value(r, "claim_id");
            String text = CLAIM_PREFIX.matcher(Csv.value(r, "claim")).replaceFirst("").strip();
            String url = Csv.value(r, "page_url");
            if (claimId.isEmpty() || text.isEmpty()) {
                summary.skip(in.path, r, "no claim_id or claim");
                continue;
            }
            claimText.putIfAbsent(claimId, text);
            Set<String> known = reports.computeIfAbsent(claimId, k -> new LinkedHashSet<>());
            if (verdicts && !labels.containsKey(claimId)) {
                String verdict = VERDICTS.get(Csv.value(r, "claim_label").toLowerCase(Locale.ROOT));
                if (verdict != null) {
                    Map<String, Object> label = new LinkedHashMap<>();
                    label.put("claim_id", claimId);
                    label.put("label", verdict);
                    labels.put(claimId, label);
                }
            }
            if (url.isEmpty()) {
                summary.skip(in.path, r, "no page_url");
                continue;
            }
            known.add(url);
            articles.computeIfAbsent(url, u -> article(r, u));
            String stance = positions ? POSITIONS.get(Csv.value(r, "page_position").toLowerCase(Locale.ROOT)) : null;
            if (stance != null) {
                stanceLabels.putIfAbsent(List.of(claimId, url), InputFolderWriter.stanceLabel(claimId, url, stance));
            }
        }

        InputFolderWriter out = new InputFolderWriter(output);
        out.articlesAndClaims(summary, articles.values(), claimText, reports);
        if (verdicts) {
            summary.labels(out.write("labels.jsonl", labels.values()));
        } else {
            out.remove("labels.jsonl");
        }
        if (positions) {
            summary.stanceLabels(out.write("stance_labels.jsonl", stanceLabels.values()));
        } else {
            out.remove("stance_labels.jsonl");
        }
        return summary.build(output);
    }

    private static Map<String, Object> article(CSVRecord r, String url) {
        String headline = Csv.value(r, "page_headline");
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("id", url);
        a.put("outlet", Csv.value(r, "page_domain"));
        a.put("url", url);
        a.put("title", headline);
        a.put("body", headline);
        return a;
    }
}
