package org.credibility.features.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.credibility.features.stance.Relation;
import org.junit.jupiter.api.Test;

class ClaimReviewDraftTest {
    private static final Map<String, Object> JETS = ClaimReviewDraft.of(Dossiers.JETS);

    private static Map<?, ?> object(Map<?, ?> in, String property) {
        return (Map<?, ?>) in.get(property);
    }

    /**
     * What Google's fact-check documentation requires (claimReviewed, reviewRating with
     * alternateName; url is the desk's own page, added when it publishes) and schema.org's
     * JSON-LD frame.
     */
    @Test
    void hasTheRequiredPropertiesAndIsMarkedAMachineDraft() {
        assertEquals("https://schema.org", JETS.get("@context"));
        assertEquals("ClaimReview", JETS.get("@type"));
        assertEquals("Two coalition jets joined the strikes, the ministry said.", JETS.get("claimReviewed"));
        assertEquals(Map.of("@type", "Rating", "ratingValue", 6, "bestRating", 100, "worstRating", 0,
                "alternateName", "Likely false", "ratingExplanation", Dossiers.JETS.explanation()),
                object(JETS, "reviewRating"));
        assertFalse(JETS.containsKey("url"), "the fact-check page is the desk's to add");
        assertEquals("Draft", JETS.get("creativeWorkStatus"));
        assertTrue(((String) JETS.get("description")).startsWith("Machine draft for a person to review"));
        assertEquals(Map.of("@type", "Organization", "name", "credibility (machine draft)"), object(JETS, "author"));
        assertEquals("c1", JETS.get("identifier"));
    }

    /** The claim's own article first, then the articles that report or dispute it, earliest first. */
    @Test
    void theClaimAppearsInItsArticleThenInTheReportsWithTheirUrls() {
        Map<?, ?> claim = object(JETS, "itemReviewed");
        assertEquals("Claim", claim.get("@type"));
        List<?> appearances = (List<?>) claim.get("appearance");
        assertEquals(List.of("https://example.org/gr/bombers", "https://example.org/sputnik/video",
                "https://example.org/fwm/joint"), appearances.stream().map(a -> ((Map<?, ?>) a).get("url")).toList());
        assertEquals(Map.of("@type", "CreativeWork", "url", "https://example.org/fwm/joint",
                "headline", "Joint or not so joint?", "datePublished", "2017-01-24T09:08:00Z",
                "publisher", Map.of("@type", "Organization", "name", "Free West Media")), appearances.get(2));
        assertEquals("2017-01-23T00:00:00Z", claim.get("datePublished"), "the earliest appearance's date");
        assertEquals(Map.of("@type", "Organization", "name", "Russian Ministry of Defence"), claim.get("author"));
    }

    @Test
    void anUnattributedClaimIsItsOutletsAndAWatchedOneWithoutReportsHasNoAppearance() {
        ClaimDossier own = new ClaimDossier("c2", "The bombers hit 22 targets.", Dossiers.OWN, null, null, 0.7,
                "no other outlet corroborates it", List.of(new ClaimDossier.Report(Dossiers.OWN, true,
                        Relation.ASSERTED, "agree", 0.9, "The bombers hit 22 targets.", null, null, List.of())));
        Map<?, ?> claim = object(ClaimReviewDraft.of(own), "itemReviewed");
        assertEquals(Map.of("@type", "Organization", "name", "Global Research"), claim.get("author"));
        assertEquals(1, ((List<?>) claim.get("appearance")).size());
        assertEquals("Likely true", object(ClaimReviewDraft.of(own), "reviewRating").get("alternateName"));

        ClaimDossier watched = new ClaimDossier("w1", "Ankara closed the border.", null, null, null, 0.4,
                "no reports found", List.of());
        Map<?, ?> watchedClaim = object(ClaimReviewDraft.of(watched), "itemReviewed");
        assertEquals(Map.of("@type", "Claim", "appearance", List.of()), watchedClaim);
    }

    @Test
    void aSourceThatReadsAsAPersonsNameIsAPerson() {
        assertTrue(ClaimReviewDraft.namesPerson("Recep Tayyip Erdogan"));
        for (String organisation : List.of("Russia", "Syrian army", "Pro-ISIS sources", "John Dorrian",
                "Hurriyet Daily News", "Anadolu Agency")) {
            assertFalse(ClaimReviewDraft.namesPerson(organisation), organisation);
        }
    }
}
