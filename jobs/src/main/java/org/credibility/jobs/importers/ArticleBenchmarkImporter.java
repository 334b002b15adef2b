package org.credibility.jobs.importers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.credibility.features.text.Tokenizer;

/**
 * FNC-1's training split + Emergent's → the article-centric benchmark: a crawl and a watch list.
 * FNC-1's headlines are Emergent page headlines and its bodies Emergent articles' bodies, so a
 * related FNC-1 pair (stance not unrelated) whose headline is, once normalised, an Emergent
 * {@code page_headline} is a report of that headline's Emergent claim. Written:
 * <ul>
 * <li>articles.jsonl: every FNC-1 body (the crawl, most of it about claims not on the list);
 * FNC-1 does not say which outlet wrote a body, so each is its own outlet {@code fnc1-<Body ID>}
 * (Emergent's reports of one claim come from distinct domains);</li>
 * <li>claims.jsonl: the Emergent claims with at least one such report, with no
 * {@code article_ids}: a watch list, whose reports the job must find;</li>
 * <li>labels.jsonl: their verdicts ({@code claim_label});</li>
 * <li>{@value #GOLD}: the (claim, body) pairs reported, with the body's stance toward the claim;</li>
 * <li>{@value #STANCE_PAIRS}: every FNC-1 pair (headline, body, stance) with the watched claims its
 * headline is a headline of, for training stance models in folds that leave a claim's headlines
 * and reports out (the job's own stance model learns from FNC-1 the same way).</li>
 * </ul>
 * A headline that itself disputes its claim (Emergent's {@code page_position} is "against" for
 * it: "Macaulay Culkin is not dead") flips the relation: a body agreeing with the headline
 * disputes the claim, so agree and disagree swap; discuss stays. A pair reached through several
 * headlines takes its most frequent stance, a tie going to agree or disagree over discuss (a body
 * that takes a side toward one headline of the claim takes it toward the claim).
 */
public final class ArticleBenchmarkImporter {
    /** The benchmark's answer key: not an input file of the job. */
    public static final String GOLD = "gold_reports.jsonl";
    /** FNC-1's pairs, for stance models trained beside the benchmark: not an input file of the job. */
    public static final String STANCE_PAIRS = "fnc1_stance_pairs.jsonl";
    private static final Map<String, String> FLIPPED = Map.of("agree", "disagree", "disagree", "agree",
            "discuss", "discuss");

    private ArticleBenchmarkImporter() {
    }

    public static ImportSummary importTo(Path bodiesCsv, Path stancesCsv, Path emergentCsv, Path output) {
        Csv bodies = Csv.read(bodiesCsv, "Body ID", "articleBody");
        Csv stances = Csv.read(stancesCsv, "Headline", "Body ID", "Stance");
        Csv emergent = Csv.read(emergentCsv, "claim_id", "claim", "claim_label", "page_headline", "page_position");
        ImportSummary.Builder summary = new ImportSummary.Builder("article-benchmark",
                bodies.records.size() + stances.records.size() + emergent.records.size());

        // headline → claim → is this headline against its claim
        Map<String, Map<String, Boolean>> claimsOfHeadline = new HashMap<>();
        Map<String, String> claimText = new HashMap<>();
        Map<String, String> verdict = new HashMap<>();
        for (CSVRecord r : emergent.records) {
            String claimId = Csv.value(r, "claim_id");
            String headline = normalised(Csv.value(r, "page_headline"));
            if (claimId.isEmpty() || headline.isEmpty()) {
                summary.skip(emergent.path, r, "no claim_id or page_headline");
                continue;
            }
            claimText.putIfAbsent(claimId, EmergentImporter.CLAIM_PREFIX.matcher(Csv.value(r, "claim"))
                    .replaceFirst("").strip());
            String v = EmergentImporter.VERDICTS.get(Csv.value(r, "claim_label").toLowerCase(Locale.ROOT));
            if (v != null) {
                verdict.putIfAbsent(claimId, v);
            }
            claimsOfHeadline.computeIfAbsent(headline, h -> new HashMap<>())
                    .merge(claimId, Csv.value(r, "page_position").equalsIgnoreCase("against"), Boolean::logicalOr);
        }

        Map<String, Map<String, Object>> articles = new LinkedHashMap<>();
        for (CSVRecord r : bodies.records) {
            String id = Csv.value(r, "Body ID");
            if (id.isEmpty() || articles.containsKey(id)) {
                summary.skip(bodies.path, r, id.isEmpty() ? "no Body ID" : "Body ID " + id + " repeated");
                continue;
            }
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("id", id);
            a.put("outlet", Fnc1Importer.OUTLET + "-" + id);
            a.put("body", r.isSet("articleBody") ? r.get("articleBody") : "");
            articles.put(id, a);
        }

        // (claim, body) → the body's stance toward the claim through each of the claim's headlines
        Map<List<String>, List<String>> stancesOfPair = new LinkedHashMap<>();
        List<Map<String, Object>> stancePairs = new ArrayList<>();
        for (CSVRecord r : stances.records) {
            String stance = Csv.value(r, "Stance").toLowerCase(Locale.ROOT);
            String bodyId = Csv.value(r, "Body ID");
            String headline = Csv.value(r, "Headline");
            Map<String, Boolean> claims = claimsOfHeadline.getOrDefault(normalised(headline), Map.of());
            if (!stance.equals("unrelated") && !FLIPPED.containsKey(stance) || !articles.containsKey(bodyId)) {
                summary.skip(stances.path, r, articles.containsKey(bodyId) ? "unknown Stance '" + stance + "'"
                        : "Body ID " + bodyId + " not in " + bodies.path.getFileName());
                continue;
            }
            stancePairs.add(stancePair(headline, bodyId, stance, claims.keySet()));
            if (stance.equals("unrelated") || claims.isEmpty()) {
                continue;
            }
            claims.forEach((claimId, against) -> stancesOfPair.computeIfAbsent(List.of(claimId, bodyId),
                    k -> new ArrayList<>()).add(against ? FLIPPED.get(stance) : stance));
        }

        Set<String> listed = new LinkedHashSet<>();
        List<Map<String, Object>> gold = new ArrayList<>();
        stancesOfPair.forEach((pair, seen) -> {
            listed.add(pair.get(0));
            gold.add(InputFolderWriter.stanceLabel(pair.get(0), pair.get(1), resolve(seen)));
        });
        List<Map<String, Object>> watchList = new ArrayList<>();
        List<Map<String, Object>> labels = new ArrayList<>();
        for (String claimId : listed) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("id", claimId);
            c.put("text", claimText.get(claimId));
            watchList.add(c);
            if (verdict.containsKey(claimId)) {
                Map<String, Object> label = new LinkedHashMap<>();
                label.put("claim_id", claimId);
                label.put("label", verdict.get(claimId));
                labels.add(label);
            }
        }

        InputFolderWriter out = new InputFolderWriter(output);
        summary.articles(out.write("articles.jsonl", articles.values()));
        summary.claims(out.write("claims.jsonl", watchList));
        summary.labels(out.write("labels.jsonl", labels));
        summary.stanceLabels(out.write(GOLD, gold));
        out.write(STANCE_PAIRS, stancePairs);
        out.remove("stance_labels.jsonl");
        return summary.build(output);
    }

    private static Map<String, Object> stancePair(String headline, String bodyId, String stance, Set<String> claims) {
        Map<String, Object> pair = new LinkedHashMap<>();
        pair.put("headline", headline);
        pair.put("article_id", bodyId);
        pair.put("stance", stance);
        pair.put("claim_ids", new ArrayList<>(new java.util.TreeSet<>(claims)));
        return pair;
    }

    /** The stance seen most often; a tie goes to agree or disagree over discuss, then to agree. */
    static String resolve(List<String> seen) {
        String best = null;
        long bestCount = 0;
        for (String s : List.of("agree", "disagree", "discuss")) {
            long n = seen.stream().filter(s::equals).count();
            if (n > bestCount) {
                best = s;
                bestCount = n;
            }
        }
        return best;
    }

    /**
     * A headline's key ({@link Tokenizer#key}: its words' pieces, lower-cased and joined by single
     * spaces): punctuation and spacing differ between the sets.
     */
    static String normalised(String headline) {
        return Tokenizer.key(headline);
    }
}
