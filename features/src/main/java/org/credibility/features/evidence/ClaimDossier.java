package org.credibility.features.evidence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.credibility.features.stance.Relation;

/**
 * What a run's output says about one scored claim, for a person checking it: the claim, the
 * article it was taken from, its credibility and the reasons, and every article linked to it
 * with what that article does with it. Read from the output tables ({@code scores},
 * {@code mentions}, {@code articles}); the explain command lays it out ({@link ClaimDossierLayout})
 * and the ClaimReview drafts are made from it ({@link ClaimReviewDraft}).
 *
 * @param article     the claim's own article; null for a claim from a watch list (claims.jsonl)
 * @param attribution whom the claim's article attributes it to, as written; null when unattributed
 * @param source      the canonical primary source behind the attribution; null when unattributed
 * @param reports     every mention of the claim, its own article's included
 */
public record ClaimDossier(String claimId, String text, Article article, String attribution, String source,
                           double credibility, String explanation, List<Report> reports) {

    /** The relations a fact-checker reads first to last: a denial before the reports that agree. */
    public static final List<Relation> READING_ORDER = List.of(Relation.DISPUTED, Relation.ASSERTED,
            Relation.ATTRIBUTED, Relation.HEDGED, Relation.NOT_ADDRESSED);

    /** An article as the {@code articles} table has it; any field but the id may be null. */
    public record Article(String id, String outlet, String origin, String title, String url, Instant published) {
    }

    /**
     * One mention: the article, and what it does with the claim.
     *
     * @param evidence the article's sentence the relation rests on ({@code matched_sentence})
     * @param source   the primary source the evidence names (for a dispute, the denier's side)
     * @param denier   who denies the claim, for {@code disputed}; else null
     */
    public record Report(Article article, boolean ownArticle, Relation relation, String stance, double stanceP,
                         String evidence, String source, String denier, List<String> numberConflicts) {
    }

    public ClaimDossier {
        reports = List.copyOf(reports);
    }

    /** The outlet the claim was taken from; null for a watched claim. */
    public String outlet() {
        return article == null ? null : article.outlet();
    }

    public CredibilityRating rating() {
        return CredibilityRating.of(credibility);
    }

    /**
     * The mentions by relation in {@link #READING_ORDER}, only the relations present; within one,
     * the claim's own article first, then by outlet and article id.
     */
    public Map<Relation, List<Report>> reportsByRelation() {
        Comparator<Report> order = Comparator.comparing((Report r) -> !r.ownArticle())
                .thenComparing(r -> String.valueOf(r.article().outlet()))
                .thenComparing(r -> r.article().id());
        Map<Relation, List<Report>> grouped = new LinkedHashMap<>();
        for (Relation relation : READING_ORDER) {
            List<Report> in = reports.stream().filter(r -> r.relation() == relation).sorted(order).toList();
            if (!in.isEmpty()) {
                grouped.put(relation, in);
            }
        }
        return grouped;
    }

    /**
     * The articles the claim appears in: its own first, then every article that asserts,
     * attributes, hedges or disputes it, earliest first (undated last, then by id).
     */
    public List<Article> appearances() {
        List<Article> appearances = new ArrayList<>();
        if (article != null) {
            appearances.add(article);
        }
        reports.stream()
                .filter(r -> r.relation() != Relation.NOT_ADDRESSED)
                .map(Report::article)
                .filter(a -> article == null || !a.id().equals(article.id()))
                .sorted(Comparator.comparing(Article::published, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Article::id))
                .forEach(appearances::add);
        return appearances;
    }
}
