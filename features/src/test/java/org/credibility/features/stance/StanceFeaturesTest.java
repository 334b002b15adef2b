package org.credibility.features.stance;

import org.credibility.features.claims.ArticleAnalyzer;
import org.credibility.features.claims.SentenceAnalysis;
import org.credibility.features.text.TermWeights;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class StanceFeaturesTest {
    private static List<SentenceAnalysis> article(String... sentences) {
        return ArticleAnalyzer.english().analyze(null, String.join("\n\n", sentences)).sentences();
    }

    @Test
    void aClaimsSourceTermsAreThoseOnlyItsAttributionHolds() {
        StanceFeatures features = StanceFeatures.standard();
        assertEquals(List.of("russia", "defens", "ministry"), features.claim(
                "According to the Russian Defense Ministry, two coalition jets participated in the operation.").sourceTerms());
        // the whole attribution clause, titles included; "russia" stays: the claim itself names Russia
        assertEquals(List.of("lt", "gen", "sergei", "rudskoy"), features.claim("Russia and Turkey have carried out their"
                + " first joint airstrikes, Russian Lt. Gen. Sergei Rudskoy said.").sourceTerms());
        // a dateline says who filed the claim: seed 004's lead
        assertEquals(List.of("jan", "19", "upi", "lt", "gen", "sergei", "rudskoy"), features.claim("Jan. 19 (UPI) -- Russia"
                + " and Turkey have carried out their first joint coordinated airstrikes on Islamic State targets in Syria,"
                + " Russian Lt. Gen. Sergei Rudskoy said.").sourceTerms());
        assertEquals(List.of("washington", "ap"), features.claim("WASHINGTON (AP) — The Pentagon denied the report.")
                .sourceTerms());
        // a first clause that goes on past its source is the claim's: only the source's name is left out
        assertEquals(List.of("russia", "interfax"), features.claim("Russian Interfax also reported that various ISIS"
                + " storage facilities, and militants were eliminated in the “joint strike”.").sourceTerms());
        // no comma sets the "speaker" apart: Apple is what the claim is about
        assertEquals(List.of(), features.claim("Apple added additional reinforcement to its iPhone 6 Plus").sourceTerms());
        assertEquals(List.of(), features.claim("Police arrested 3 men in Paris.").sourceTerms());
    }

    @Test
    void featuresOfOneHandCheckedPair() {
        // Claim terms {polic, arrest, men, paris}; the body's 11 terms: polic paris arrest anyon
        // official | report arrest fals | weather sunny | men fled.
        // Unit term weights: the TF-IDF cosines are over raw term counts ("arrest" twice in the body).
        double[] f = StanceFeatures.standard().compute("Police arrested 3 men in Paris.", article(
                "Police in Paris did not arrest anyone, officials said.",
                "The report of 3 arrests was false.",
                "The weather was sunny.",
                "Reportedly the men fled."), TermWeights.none());
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
            Math.log1p(4),
            5 / (2 * Math.sqrt(14)), // claim·body = 1+1+2+1, |claim| = 2, |body|² = 10·1 + 2²
            4 / (2 * Math.sqrt(12)), // the opening: no "men"
            3 / (2 * Math.sqrt(5)),  // sentence 1: three of its five terms are the claim's
            1.0, 0.75,             // idf-weighted covers, all weights 1: as cover_body, cover_best
            Math.log1p(1),         // "false" in the opening
            0,                     // the claim asks nothing
            0, 0,                  // nor does the opening; it quotes nothing
            1 / 3.0,               // one of the three opening sentences attributes ("officials said")
            0, 1}, f, 1e-12);      // the first sentence: no headline hedging word ("said" is not one), "not"
    }

    @Test
    void learnedWeightsFavourTheClaimsRareTerms() {
        // "paris" occurs in all 3 training documents, "men" in none: the body that shares "men"
        // is the more similar one.
        TermWeights weights = new TermWeights(3, java.util.Map.of("paris", 3L, "polic", 1L));
        String claim = "Police arrested men in Paris.";
        double[] paris = StanceFeatures.standard().compute(claim, article("Paris is sunny."), weights);
        double[] men = StanceFeatures.standard().compute(claim, article("The men are sunny."), weights);
        double sharesParis = paris[19];
        double sharesMen = men[19];
        // idf: paris 1, polic ln 2 + 1, unseen (arrest, men, sunny) ln 4 + 1.
        double unseen = Math.log(4) + 1;
        double claimNorm = Math.sqrt(1 + Math.pow(Math.log(2) + 1, 2) + 2 * unseen * unseen);
        assertEquals(1 / (claimNorm * Math.sqrt(1 + unseen * unseen)), sharesParis, 1e-12);
        assertEquals(unseen / (claimNorm * Math.sqrt(2)), sharesMen, 1e-12);
        assertEquals(true, sharesMen > sharesParis);
        // idf_cover_body and idf_cover_best: the share of the claim's idf weight in the body, its best sentence.
        double claimIdf = 1 + (Math.log(2) + 1) + 2 * unseen;
        assertEquals(1 / claimIdf, paris[22], 1e-12);
        assertEquals(1 / claimIdf, paris[23], 1e-12);
        assertEquals(unseen / claimIdf, men[22], 1e-12);
        assertEquals(unseen / claimIdf, men[23], 1e-12);
    }

    /** Headline-only articles (Emergent): the cues that tell an observing headline from an asserting one. */
    @Test
    void headlineQuestionsQuotesAndAttributions() {
        String claim = "Isis fed a kidnap victim to his mother.";
        int question = StanceFeatures.NAMES.indexOf("question_opening");
        int quoted = StanceFeatures.NAMES.indexOf("quoted_opening");
        int attributed = StanceFeatures.NAMES.indexOf("attributed_opening");
        double[] asks = StanceFeatures.standard().compute(claim, article("Did Isis feed a victim to his mother?"),
                TermWeights.none());
        assertEquals(List.of(1.0, 0.0, 0.0), List.of(asks[question], asks[quoted], asks[attributed]));
        double[] quotes = StanceFeatures.standard().compute(claim,
                article("Isis 'fed murdered kidnap victim to his own mother'"), TermWeights.none());
        assertEquals(List.of(0.0, 1.0), List.of(quotes[question], quotes[quoted]));
        // An apostrophe inside a word opens no quote; two quoted words are not a reported claim.
        for (String headline : List.of("McDonald's Quarter Pounder kept for 20 years", "The 'big two' met on Monday")) {
            assertEquals(0.0, StanceFeatures.standard().compute(claim, article(headline), TermWeights.none())[quoted],
                    headline);
        }
        double[] says = StanceFeatures.standard().compute(claim,
                article("Isis fed a kidnap victim to his mother, officials said."), TermWeights.none());
        assertEquals(1.0, says[attributed]);
    }

    /** Ferreira and Vlachos's headline words, counted in the first sentence only, each occurrence once. */
    @Test
    void headlineHedgingAndRefutingWordsOfTheFirstSentence() {
        String claim = "A giant spider was found in a Sydney house.";
        int hedging = StanceFeatures.NAMES.indexOf("hedging_first");
        int refuting = StanceFeatures.NAMES.indexOf("refuting_first");
        double[] hedged = StanceFeatures.standard().compute(claim, article(
                "Giant spider reportedly found in Sydney house, but it may be a fake, says owner.",
                "It could be a hoax, experts say."), TermWeights.none());
        // reportedly, may, says; fake (the second sentence's could and hoax are not counted)
        assertEquals(List.of(3.0, 1.0), List.of(hedged[hedging], hedged[refuting]));
        double[] denied = StanceFeatures.standard().compute(claim, article(
                "Spider in Sydney house was NOT giant; the photo is a hoax, despite claims."), TermWeights.none());
        // claims; not, hoax, despite ("Maybe" inside "Maybelline" would not count: whole words only)
        assertEquals(List.of(1.0, 3.0), List.of(denied[hedging], denied[refuting]));
        double[] plain = StanceFeatures.standard().compute(claim, article(
                "Maybelline shares rose as a spider was found in a Sydney house."), TermWeights.none());
        assertEquals(List.of(0.0, 0.0), List.of(plain[hedging], plain[refuting]));
    }

    @Test
    void emptyArticleGivesZeros() {
        double[] f = StanceFeatures.standard().compute("Police arrested 3 men in Paris.", List.of(), TermWeights.none());
        assertEquals(1.0, f[15]);  // the claim states a number
        assertEquals(1.0, java.util.Arrays.stream(f).sum());
    }

    @Test
    void negationsCountWholeWordsAndContractions() {
        assertEquals(3, StanceFeatures.standard().negations("He didn't go, and never will; no."));
        assertEquals(0, StanceFeatures.standard().negations("Nothingness is knotty."));
    }
}
