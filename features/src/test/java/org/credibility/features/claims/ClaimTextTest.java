package org.credibility.features.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimTextTest {
    @Test
    void claimTextIsOneSentenceWithTheCuesOfAll() {
        SentenceAnalysis s = ClaimText.analyze(" Officials reportedly said 22 targets were hit. The ministry denied it. ");
        assertEquals(new SentenceAnalysis(0, "Officials reportedly said 22 targets were hit. The ministry denied it.", true,
                "Officials", null, null, List.of("reportedly"), List.of("denied"), List.of("22"), List.of("Officials"),
                List.of(new Quantity("22", "targets"))), s);
    }
}
