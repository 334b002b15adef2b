package org.credibility.features.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CredibilityRatingTest {
    @Test
    void theWordsChangeAtThirtyThreeAndSixtySeven() {
        assertEquals(new CredibilityRating(0, "Likely false"), CredibilityRating.of(0.0));
        assertEquals(new CredibilityRating(32, "Likely false"), CredibilityRating.of(0.3249));
        assertEquals(new CredibilityRating(33, "Unproven"), CredibilityRating.of(0.33));
        assertEquals(new CredibilityRating(66, "Unproven"), CredibilityRating.of(0.6649));
        assertEquals(new CredibilityRating(67, "Likely true"), CredibilityRating.of(0.67));
        assertEquals(new CredibilityRating(100, "Likely true"), CredibilityRating.of(1.0));
    }

    @Test
    void theNumberIsTheRoundedPercentageAndItsWordsAreTheLabelOfThatNumber() {
        assertEquals(new CredibilityRating(59, "Unproven"), CredibilityRating.of(0.5915));
        assertEquals(new CredibilityRating(33, "Unproven"), CredibilityRating.of(0.325));
        for (int value = CredibilityRating.WORST; value <= CredibilityRating.BEST; value++) {
            assertEquals(CredibilityRating.label(value), CredibilityRating.of(value / 100.0).label(), "value " + value);
        }
        assertEquals("Likely false", CredibilityRating.label(CredibilityRating.UNPROVEN_FROM - 1));
        assertEquals("Unproven", CredibilityRating.label(CredibilityRating.LIKELY_TRUE_FROM - 1));
        assertThrows(IllegalArgumentException.class, () -> CredibilityRating.label(101));
    }
}
