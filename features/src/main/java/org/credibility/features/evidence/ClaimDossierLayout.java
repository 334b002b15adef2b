package org.credibility.features.evidence;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.credibility.features.stance.Relation;

/**
 * A {@link ClaimDossier} for a person, as text read top to bottom — the claim, its article and
 * outlet, its credibility and reasons, then the reports by relation, a denial first — and the
 * same for scripts, as nested maps in the order of the text (the column names of the output
 * tables where there is one) for a JSON writer.
 */
public final class ClaimDossierLayout {
    private static final String INDENT = "  ";

    private ClaimDossierLayout() {
    }

    public static String text(ClaimDossier d) {
        List<String> lines = new ArrayList<>();
        lines.add("Claim " + d.claimId());
        lines.add(INDENT + "\"" + d.text() + "\"");
        if (d.attribution() != null) {
            lines.add(INDENT + "attributed to " + d.attribution()
                    + (d.source() == null || d.source().equals(d.attribution()) ? "" : " (source: " + d.source() + ")"));
        }
        lines.add("");
        if (d.article() == null) {
            lines.add("From the watch list (claims.jsonl): no article of its own");
        } else {
            lines.add("Article " + d.article().id());
            lines.addAll(describe(d.article(), INDENT));
        }
        lines.add("");
        CredibilityRating rating = d.rating();
        lines.add(String.format(Locale.ROOT, "Credibility %.3f (%s, %d of %d)", d.credibility(), rating.label(),
                rating.value(), CredibilityRating.BEST));
        Explanation.reasons(d.explanation()).forEach(reason -> lines.add(INDENT + reason));

        Map<Relation, List<ClaimDossier.Report>> byRelation = d.reportsByRelation();
        List<ClaimDossier.Report> notAddressing = byRelation.getOrDefault(Relation.NOT_ADDRESSED, List.of());
        byRelation.forEach((relation, reports) -> {
            if (relation == Relation.NOT_ADDRESSED) {
                return;
            }
            lines.add("");
            lines.add(relation.label().toUpperCase(Locale.ROOT) + " (" + reports.size() + ")");
            for (ClaimDossier.Report r : reports) {
                lines.addAll(reportLines(r));
            }
        });
        if (byRelation.keySet().stream().allMatch(r -> r == Relation.NOT_ADDRESSED)) {
            lines.add("");
            lines.add("No article reports it.");
        }
        if (!notAddressing.isEmpty()) {
            lines.add("");
            lines.add("Linked but not addressing it (" + notAddressing.size() + "): " + notAddressing.stream()
                    .map(r -> r.article().outlet() + " " + r.article().id()).collect(Collectors.joining(", ")));
        }
        return String.join("\n", lines) + "\n";
    }

    /** Outlet, origin and date on one line, then the title and the url, each where known. */
    private static List<String> describe(ClaimDossier.Article a, String indent) {
        List<String> lines = new ArrayList<>();
        StringBuilder outlet = new StringBuilder(a.outlet() == null ? "(outlet unknown)" : a.outlet());
        if (a.origin() != null && !a.origin().equals(a.outlet())) {
            outlet.append(", origin ").append(a.origin());
        }
        if (a.published() != null) {
            outlet.append(", published ").append(a.published().atOffset(ZoneOffset.UTC).toLocalDate());
        }
        lines.add(indent + outlet);
        if (a.title() != null && !a.title().isBlank()) {
            lines.add(indent + a.title());
        }
        if (a.url() != null && !a.url().isBlank()) {
            lines.add(indent + a.url());
        }
        return lines;
    }

    private static List<String> reportLines(ClaimDossier.Report r) {
        List<String> lines = new ArrayList<>();
        if (r.ownArticle()) {
            lines.add(INDENT + r.article().id() + " (the claim's own article, above)");
        } else {
            lines.add(INDENT + r.article().id());
            lines.addAll(describe(r.article(), INDENT + INDENT));
        }
        String detail = INDENT + INDENT;
        lines.add(detail + String.format(Locale.ROOT, "stance: %s (%.2f)", r.stance(), r.stanceP()));
        if (r.evidence() != null) {
            lines.add(detail + "evidence: \"" + r.evidence() + "\"");
        }
        if (r.source() != null) {
            lines.add(detail + "source: " + r.source());
        }
        if (r.denier() != null) {
            lines.add(detail + "denier: " + r.denier());
        }
        if (!r.numberConflicts().isEmpty()) {
            lines.add(detail + "conflicting numbers: " + String.join("; ", r.numberConflicts()));
        }
        return lines;
    }

    /** The same as {@link #text}, as maps and lists of strings, numbers and booleans. */
    public static Map<String, Object> json(ClaimDossier d) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("claim_id", d.claimId());
        json.put("text", d.text());
        json.put("attribution", d.attribution());
        json.put("source", d.source());
        json.put("article", d.article() == null ? null : articleJson(d.article()));
        json.put("credibility", d.credibility());
        json.put("rating", d.rating().label());
        json.put("rating_value", d.rating().value());
        json.put("explanation", d.explanation());
        json.put("reasons", Explanation.reasons(d.explanation()));
        Map<String, Object> reports = new LinkedHashMap<>();
        d.reportsByRelation().forEach((relation, in) -> reports.put(relation.label(),
                in.stream().map(ClaimDossierLayout::reportJson).toList()));
        json.put("reports", reports);
        return json;
    }

    private static Map<String, Object> articleJson(ClaimDossier.Article a) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("article_id", a.id());
        json.put("outlet", a.outlet());
        json.put("origin", a.origin());
        json.put("title", a.title());
        json.put("url", a.url());
        json.put("published", iso(a.published()));
        return json;
    }

    private static Map<String, Object> reportJson(ClaimDossier.Report r) {
        Map<String, Object> json = articleJson(r.article());
        json.put("own_article", r.ownArticle());
        json.put("relation", r.relation().label());
        json.put("stance", r.stance());
        json.put("stance_p", r.stanceP());
        json.put("matched_sentence", r.evidence());
        json.put("source", r.source());
        json.put("denier", r.denier());
        json.put("number_conflicts", r.numberConflicts());
        return json;
    }

    /** An instant as ISO-8601 in UTC ("2017-01-24T09:08:00Z"); null stays null. */
    static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
