package org.credibility.jobs.importers;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;

/**
 * FNC-1 (Fake News Challenge stage 1) → an input folder. One article per body ({@code id} = the
 * Body ID, outlet {@code fnc1}), one claim per distinct headline ({@code id} = a hash of its
 * text), every (headline, body) row a known report of the claim ({@code article_ids}), and the
 * {@code Stance} column, when the file has it, as stance_labels.jsonl. A (headline, body) pair
 * that repeats is one report.
 */
public final class Fnc1Importer {
    public static final String OUTLET = "fnc1";
    static final Set<String> STANCES = Set.of("agree", "disagree", "discuss", "unrelated");

    private Fnc1Importer() {
    }

    public static ImportSummary importTo(Path bodiesCsv, Path stancesCsv, Path output) {
        Csv bodies = Csv.read(bodiesCsv, "Body ID", "articleBody");
        Csv stances = Csv.read(stancesCsv, "Headline", "Body ID");
        boolean labelled = stances.has("Stance");
        ImportSummary.Builder summary = new ImportSummary.Builder("fnc1", bodies.records.size() + stances.records.size());

        Map<String, Map<String, Object>> articles = new LinkedHashMap<>();
        for (CSVRecord r : bodies.records) {
            String id = Csv.value(r, "Body ID");
            if (id.isEmpty()) {
                summary.skip(bodies.path, r, "no Body ID");
            } else if (articles.containsKey(id)) {
                summary.skip(bodies.path, r, "Body ID " + id + " repeated");
            } else {
                Map<String, Object> a = new LinkedHashMap<>();
                a.put("id", id);
                a.put("outlet", OUTLET);
                a.put("body", r.isSet("articleBody") ? r.get("articleBody") : "");
                articles.put(id, a);
            }
        }

        Map<String, String> claimText = new LinkedHashMap<>();
        Map<String, Set<String>> reports = new LinkedHashMap<>();
        Map<List<String>, Map<String, Object>> stanceLabels = new LinkedHashMap<>();
        for (CSVRecord r : stances.records) {
            String headline = Csv.value(r, "Headline");
            String bodyId = Csv.value(r, "Body ID");
            if (headline.isEmpty()) {
                summary.skip(stances.path, r, "empty Headline");
                continue;
            }
            if (!articles.containsKey(bodyId)) {
                summary.skip(stances.path, r, "Body ID " + bodyId + " not in " + bodies.path.getFileName());
                continue;
            }
            String claimId = ClaimIds.of(headline);
            claimText.putIfAbsent(claimId, headline);
            reports.computeIfAbsent(claimId, k -> new LinkedHashSet<>()).add(bodyId);
            if (labelled) {
                String stance = Csv.value(r, "Stance").toLowerCase(java.util.Locale.ROOT);
                if (!STANCES.contains(stance)) {
                    summary.skip(stances.path, r, "unknown Stance '" + stance + "'");
                    continue;
                }
                stanceLabels.putIfAbsent(List.of(claimId, bodyId), InputFolderWriter.stanceLabel(claimId, bodyId, stance));
            }
        }

        InputFolderWriter out = new InputFolderWriter(output);
        out.articlesAndClaims(summary, articles.values(), claimText, reports);
        out.remove("labels.jsonl");
        if (labelled) {
            summary.stanceLabels(out.write("stance_labels.jsonl", stanceLabels.values()));
        } else {
            out.remove("stance_labels.jsonl");
        }
        return summary.build(output);
    }
}
