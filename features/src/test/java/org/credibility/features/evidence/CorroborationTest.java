package org.credibility.features.evidence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.credibility.features.stance.Mention;
import org.credibility.features.stance.Relation;
import org.junit.jupiter.api.Test;

class CorroborationTest {
    private static Mention mention(String outlet, String origin, Relation relation, String source) {
        return new Mention(outlet, origin, relation, source, null, List.of());
    }

    @Test
    void aRepublishedCopyAndTheClaimsOwnPrimarySourceAddNothingIndependent() {
        // A SouthFront claim from the Russian MoD: Global Research republishes SouthFront, UPI and
        // Free West Media quote the same ministry, a Hürriyet report quotes the Turkish Armed Forces.
        ClaimEvidence e = Corroboration.evidence("SouthFront", "SouthFront", "Russian Ministry of Defence", List.of(),
                List.of(mention("SouthFront", "SouthFront", Relation.ATTRIBUTED, "Russian Ministry of Defence"),
                        mention("Global Research", "South Front", Relation.ASSERTED, null),
                        mention("UPI", "UPI", Relation.ATTRIBUTED, "Russian Ministry of Defence"),
                        mention("Free West Media", "Free West Media", Relation.ATTRIBUTED, "Russian Ministry of Defence"),
                        mention("Hurriyet", "Hurriyet", Relation.ATTRIBUTED, "Turkish Armed Forces")));
        assertEquals(List.of("Free West Media", "Global Research", "Hurriyet", "UPI"), e.corroborators());
        assertEquals(1, e.independentSources());
        assertEquals(new ClaimEvidence.Reports(5, 0, 0), e.reports());
        assertEquals(1.0, ClaimFeatures.evidence(e)[ClaimFeatures.NAMES.indexOf("agree_share")]);
        // The outlets whose record the model weighs: every one that reports it, the claim's own included.
        assertEquals(List.of("Free West Media", "Global Research", "Hurriyet", "SouthFront", "UPI"), e.assertedBy());
    }

    @Test
    void anOutletCountsOnceHoweverManyOfItsArticlesAgree() {
        ClaimEvidence e = Corroboration.evidence("UPI", "UPI", null, List.of(),
                List.of(mention("Sputnik", "Sputnik", Relation.ATTRIBUTED, "Interfax"),
                        mention("Sputnik", "Sputnik", Relation.ATTRIBUTED, "Anadolu Agency"),
                        mention("Free West Media", "Free West Media", Relation.ASSERTED, null)));
        assertEquals(List.of("Free West Media", "Sputnik"), e.corroborators());
        // Sputnik rests on one source (the first by name), Free West Media on itself.
        assertEquals(2, e.independentSources());
        assertEquals(List.of("Free West Media", "Sputnik"), e.assertedBy());
    }

    @Test
    void disputesHedgesAndConflictsAreCollected() {
        ClaimEvidence e = Corroboration.evidence("Global Research", "South Front", "Russian Ministry of Defence",
                List.of("reportedly"),
                List.of(new Mention("Global Research", "South Front", Relation.DISPUTED, "US-led coalition",
                                "US-led coalition", List.of()),
                        new Mention("Free West Media", "Free West Media", Relation.DISPUTED, "Pentagon", "Pentagon",
                                List.of("jets: 2 vs 0")),
                        new Mention("SouthFront", "SouthFront", Relation.HEDGED, null, null, List.of()),
                        new Mention("UPI", "UPI", Relation.NOT_ADDRESSED, null, null, List.of("targets: 22 vs 36")),
                        // A conflicting figure disputes without a denier.
                        new Mention("Sputnik", "Sputnik", Relation.DISPUTED, null, null, List.of("aircraft: 9 vs 3")),
                        // An article that does not address the claim is no evidence, whatever cue the judge saw.
                        new Mention("AP", "AP", Relation.NOT_ADDRESSED, null, "Kremlin", List.of())));
        assertEquals(List.of("Free West Media", "Global Research", "Sputnik"), e.deniedIn());
        assertEquals(List.of("Pentagon", "US-led coalition"), e.deniers());
        assertEquals(List.of("SouthFront"), e.hedgedIn());
        assertEquals(List.of("aircraft: 9 vs 3", "jets: 2 vs 0"), e.numberConflicts());
        assertEquals(List.of(), e.corroborators());
        assertEquals(List.of(), e.assertedBy());
        // Reports by relation count every mention, the claim's own outlet's too: 0 report it, 3 dispute it, 1 hedges it.
        assertEquals(new ClaimEvidence.Reports(0, 3, 1), e.reports());
        assertArrayEquals(new double[] {0, 0, 3, 1, 1, 1, 1, 1, 0, 0.75, 0.25}, ClaimFeatures.evidence(e));
    }

    @Test
    void aHedgedReportCorroboratesNothing() {
        // "Sputnik reportedly …" passes the claim on; a named source's plain statement corroborates it.
        ClaimEvidence e = Corroboration.evidence("UPI", "UPI", null, List.of(),
                List.of(mention("Sputnik", "Sputnik", Relation.HEDGED, null),
                        mention("SouthFront", "SouthFront", Relation.ATTRIBUTED, "Turkish Armed Forces")));
        assertEquals(List.of("SouthFront"), e.corroborators());
        assertEquals(List.of("Sputnik"), e.hedgedIn());
        assertEquals(1, e.independentSources());
        assertEquals(new ClaimEvidence.Reports(1, 0, 1), e.reports());
    }

    @Test
    void namesAreComparedWithoutCaseAccentsOrPunctuation() {
        assertEquals("southfront", Corroboration.key("South Front"));
        assertEquals(Corroboration.key("SouthFront"), Corroboration.key("south-front"));
        assertEquals("hurriyetdailynews", Corroboration.key("Hürriyet Daily News"));
        assertEquals("", Corroboration.key(null));
    }
}
