package org.credibility.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CorroborationTest {
    private static Mention mention(String outlet, String origin, Stance stance, String source) {
        return new Mention(outlet, origin, stance, source, null, List.of());
    }

    @Test
    void aRepublishedCopyAndTheClaimsOwnPrimarySourceAddNothingIndependent() {
        // A SouthFront claim from the Russian MoD: Global Research republishes SouthFront, UPI and
        // Free West Media quote the same ministry, a Hürriyet report quotes the Turkish Armed Forces.
        ClaimEvidence e = Corroboration.evidence("SouthFront", "SouthFront", "Russian Ministry of Defence", List.of(),
                List.of(mention("SouthFront", "SouthFront", Stance.AGREE, "Russian Ministry of Defence"),
                        mention("Global Research", "South Front", Stance.AGREE, null),
                        mention("UPI", "UPI", Stance.AGREE, "Russian Ministry of Defence"),
                        mention("Free West Media", "Free West Media", Stance.AGREE, "Russian Ministry of Defence"),
                        mention("Hurriyet", "Hurriyet", Stance.AGREE, "Turkish Armed Forces")));
        assertEquals(List.of("Free West Media", "Global Research", "Hurriyet", "UPI"), e.corroborators());
        assertEquals(1, e.independentSources());
        assertEquals(new ClaimEvidence.Reports(5, 0, 0), e.reports());
        assertEquals(1.0, e.features()[Explanation.FEATURES.indexOf("agree_share")]);
        // The outlets whose record the model weighs: every one that agrees, the claim's own included.
        assertEquals(List.of("Free West Media", "Global Research", "Hurriyet", "SouthFront", "UPI"), e.assertedBy());
    }

    @Test
    void anOutletCountsOnceHoweverManyOfItsArticlesAgree() {
        ClaimEvidence e = Corroboration.evidence("UPI", "UPI", null, List.of(),
                List.of(mention("Sputnik", "Sputnik", Stance.AGREE, "Interfax"),
                        mention("Sputnik", "Sputnik", Stance.AGREE, "Anadolu Agency"),
                        mention("Free West Media", "Free West Media", Stance.AGREE, null)));
        assertEquals(List.of("Free West Media", "Sputnik"), e.corroborators());
        // Sputnik rests on one source (the first by name), Free West Media on itself.
        assertEquals(2, e.independentSources());
        assertEquals(List.of("Free West Media", "Sputnik"), e.assertedBy());
    }

    @Test
    void denialsHedgesAndConflictsAreCollected() {
        ClaimEvidence e = Corroboration.evidence("Global Research", "South Front", "Russian Ministry of Defence",
                List.of("reportedly"),
                List.of(new Mention("Global Research", "South Front", Stance.DISAGREE, null, "US-led coalition", List.of()),
                        new Mention("Free West Media", "Free West Media", Stance.DISAGREE, "Pentagon", "Pentagon",
                                List.of("jets: 2 vs 0")),
                        new Mention("SouthFront", "SouthFront", Stance.DISCUSS, null, null, List.of()),
                        new Mention("UPI", "UPI", Stance.UNRELATED, null, null, List.of("targets: 22 vs 36")),
                        // Discussing the claim while reporting a denial: denied, not agreed.
                        new Mention("Sputnik", "Sputnik", Stance.DISCUSS, null, "Syrian Army", List.of()),
                        // Unrelated articles are no evidence, whatever cue the judge saw.
                        new Mention("AP", "AP", Stance.UNRELATED, null, "Kremlin", List.of())));
        assertEquals(List.of("Free West Media", "Global Research", "Sputnik"), e.deniedIn());
        assertEquals(List.of("Pentagon", "Syrian Army", "US-led coalition"), e.deniers());
        assertEquals(List.of("SouthFront", "Sputnik"), e.hedgedIn());
        assertEquals(List.of("jets: 2 vs 0"), e.numberConflicts());
        assertEquals(List.of(), e.corroborators());
        assertEquals(List.of(), e.assertedBy());
        // Reports by stance count every mention, the claim's own outlet's too: 0 agree, 2 deny, 2 discuss.
        assertEquals(new ClaimEvidence.Reports(0, 2, 2), e.reports());
        assertArrayEquals(new double[] {0, 0, 3, 1, 2, 1, 1, 1, 0, 0.5, 0.5}, e.features());
    }

    @Test
    void namesAreComparedWithoutCaseAccentsOrPunctuation() {
        assertEquals("southfront", Corroboration.key("South Front"));
        assertEquals(Corroboration.key("SouthFront"), Corroboration.key("south-front"));
        assertEquals("hurriyetdailynews", Corroboration.key("Hürriyet Daily News"));
        assertEquals("", Corroboration.key(null));
    }
}
