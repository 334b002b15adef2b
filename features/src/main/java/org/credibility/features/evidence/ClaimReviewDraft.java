package org.credibility.features.evidence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.credibility.features.claims.SourceAliases;
import org.credibility.features.text.Lexicon;

/**
 * A schema.org {@code ClaimReview} (JSON-LD, as nested maps for a JSON writer) drafted from a
 * {@link ClaimDossier}, for a fact-checking desk to review, rewrite and publish: the claim
 * ({@code claimReviewed}), where it appears ({@code itemReviewed}: a {@code Claim} whose
 * {@code appearance}s are the articles reporting it, its own first; its {@code author} the
 * primary source it is attributed to, else the outlet; its {@code datePublished} the earliest
 * appearance's date), and a {@code reviewRating} read off the credibility
 * ({@link CredibilityRating}) with the reasons as its {@code ratingExplanation}.
 *
 * <p>It is marked a machine draft twice — {@code creativeWorkStatus} "Draft" and a
 * {@code description} that says so — and its author is this job, not a desk. Google's required
 * properties are all there but {@code url}, the address of the desk's own fact-check page, which
 * only the desk knows when it publishes.
 */
public final class ClaimReviewDraft {
    public static final String CONTEXT = "https://schema.org";
    public static final String STATUS = "Draft";
    public static final String REVIEWER = "credibility (machine draft)";
    public static final String DESCRIPTION = "Machine draft for a person to review, not a fact check: the rating is"
            + " a model's estimate of the claim's credibility from how news outlets report it. Check the evidence,"
            + " set your own rating, and add url (your fact-check page) before publishing.";
    private static final Set<String> ORGANISATION_WORDS = Set.copyOf(Lexicon.lowerCaseEntries("organisation-words"));

    private ClaimReviewDraft() {
    }

    public static Map<String, Object> of(ClaimDossier d) {
        Map<String, Object> review = new LinkedHashMap<>();
        review.put("@context", CONTEXT);
        review.put("@type", "ClaimReview");
        review.put("identifier", d.claimId());
        review.put("creativeWorkStatus", STATUS);
        review.put("description", DESCRIPTION);
        review.put("author", typed("Organization", "name", REVIEWER));
        review.put("claimReviewed", d.text());
        review.put("itemReviewed", claim(d));
        CredibilityRating rating = d.rating();
        Map<String, Object> reviewRating = typed("Rating", "ratingValue", rating.value());
        reviewRating.put("bestRating", CredibilityRating.BEST);
        reviewRating.put("worstRating", CredibilityRating.WORST);
        reviewRating.put("alternateName", rating.label());
        reviewRating.put("ratingExplanation", d.explanation());
        review.put("reviewRating", reviewRating);
        return review;
    }

    private static Map<String, Object> claim(ClaimDossier d) {
        Map<String, Object> claim = new LinkedHashMap<>(Map.of("@type", "Claim"));
        String author = d.source() != null ? d.source() : d.outlet();
        if (author != null && !author.isBlank()) {
            claim.put("author", typed(namesPerson(author) ? "Person" : "Organization", "name", author));
        }
        List<ClaimDossier.Article> appearances = d.appearances();
        appearances.stream().map(ClaimDossier.Article::published).filter(p -> p != null).min(Comparable::compareTo)
                .ifPresent(first -> claim.put("datePublished", ClaimDossierLayout.iso(first)));
        claim.put("appearance", appearances.stream().map(ClaimReviewDraft::creativeWork).toList());
        return claim;
    }

    private static Map<String, Object> creativeWork(ClaimDossier.Article a) {
        Map<String, Object> work = typed("CreativeWork", "url", a.url());
        work.put("headline", a.title());
        work.put("datePublished", ClaimDossierLayout.iso(a.published()));
        if (a.outlet() != null) {
            work.put("publisher", typed("Organization", "name", a.outlet()));
        }
        work.values().removeIf(v -> v == null);
        return work;
    }

    /**
     * A guess a reviewer can correct: the listed sources are institutions (a spokesman is listed
     * as the body he speaks for), so an unlisted source of two or three capitalised words that
     * do not end in an organisation word ("Recep Tayyip Erdogan") is a person; anything else
     * ("Russia", "Syrian army", "Pro-ISIS sources") an organization.
     */
    static boolean namesPerson(String name) {
        String[] words = name.strip().split("\\s+");
        boolean capitalised = List.of(words).stream()
                .allMatch(w -> Character.isUpperCase(w.codePointAt(0)) && w.chars().allMatch(c -> Character.isLetter(c)
                        || c == '-' || c == '\'' || c == '.'));
        return words.length >= 2 && words.length <= 3 && capitalised
                && !ORGANISATION_WORDS.contains(words[words.length - 1].toLowerCase(Locale.ROOT))
                && !SourceAliases.standard().isKnown(name);
    }

    private static Map<String, Object> typed(String type, String property, Object value) {
        Map<String, Object> thing = new LinkedHashMap<>();
        thing.put("@type", type);
        thing.put(property, value);
        return thing;
    }
}
