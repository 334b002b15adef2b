package org.credibility.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class StanceFeaturesTest {
    private static List<SentenceAnalysis> article(String... sentences) {
        return ArticleAnalyzer.english().analyze(null, String.join("\n\n", sentences)).sentences();
    }

    @Test
    void featuresOfOneHandCheckedPair() {
        // Claim terms {polic, arrest, men, paris}; the body's 11 terms: polic paris arrest anyon
        // official | report arrest fals | weather sunny | men fled.
        double[] f = StanceFeatures.standard().compute("Police arrested 3 men in Paris.", article(
                "Police in Paris did not arrest anyone, officials said.",
                "The report of 3 arrests was false.",
                "The weather was sunny.",
                "Reportedly the men fled."));
        assertEquals(StanceFeatures.NAMES.size(), f.length);
        assertArrayEquals(new double[] {
            1.0,                   // all four claim terms in the body
            0.75,                  // "men" only in the 4th sentence, after the opening three
            0.75,                  // sentence 1: polic, paris, arrest
            0.75,                  // no two consecutive sentences do better
            4 / Math.sqrt(4 * 11), // term-set cosine
            0.0,                   // no claim bigram (polic arrest, arrest men, men paris) in the body
            0.25,                  // one related sentence (cover ≥ 0.3) of four
            0.0,                   // no denial cue in it
            0.0,                   // no hedge cue in it
            Math.log1p(1),         // "not"
            Math.log1p(1),         // "false" in the body
            Math.log1p(1),         // "reportedly" in the body
            0, 0,                  // the claim has no denial or hedge cue
            1,                     // the best sentence negates once, the claim never
            1, 1.0,                // the claim's number 3 is in the body
            1.0,                   // the related sentence attributes ("officials said")
            Math.log1p(4)}, f, 1e-12);
    }

    @Test
    void emptyArticleGivesZeros() {
        double[] f = StanceFeatures.standard().compute("Police arrested 3 men in Paris.", List.of());
        assertEquals(1.0, f[15]);  // the claim states a number
        assertEquals(1.0, java.util.Arrays.stream(f).sum());
    }

    @Test
    void negationsCountWholeWordsAndContractions() {
        assertEquals(3, StanceFeatures.standard().negations("He didn't go, and never will; no."));
        assertEquals(0, StanceFeatures.standard().negations("Nothingness is knotty."));
    }
}
