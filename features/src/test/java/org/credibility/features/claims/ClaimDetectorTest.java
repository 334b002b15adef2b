package org.credibility.features.claims;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ClaimDetectorTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Russian and Turkish warplanes conducted joint strikes against ISIS terrorists near al-Bab in the Aleppo province on "
                + "January 21, the Russian Defense Ministry said.",
        "3 Russian attack aircraft [two Su-24M and one Su-34] and 4 Turkish warplanes were involved in hitting 22 targets.",
        "Airstrikes reportedly destroyed several ammunition depots, military hardware, and fuel products.",
        "US Air Force Colonel John Dorrian, a spokesman for the US-led coalition, denied the reports about the joint operation "
                + "but confirmed providing the info to Moscow.",
        "\"About 70-100 sorties are being conducted every day,\" he added.",
        // short, but a death toll (event-verbs.txt)
        "The crew was reportedly killed."
    })
    void factualAssertionsAreCheckWorthy(String sentence) {
        assertTrue(ClaimDetector.isCheckWorthy(sentence), sentence);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        "Joint or not so joint US-Russian airstrikes on ISIS?",
        "Turkey needs help?! And Russia is helping??",
        "Would love your thoughts, please comment.",
        "Consider donating to support our work.",
        "Help us to produce more articles like this.",
        "The crew was reportedly there.",
        "Crew killed.",
        "Defense Ministry Releases Video of Bombers Pounding Daesh Positions (VIDEO)",
        "A Sukhoi Su-27K fighter takes off from the cruiser Admiral Kuznetsov. © Oleg Lastochkin / Sputnik",
        "Further developments regarding the tank are unknown.",
        "I think USA will change Syrian politics with Trump in favor of FSA."
    })
    void questionsAppealsFragmentsCaptionsAndOpinionsAreNot(String sentence) {
        assertFalse(ClaimDetector.isCheckWorthy(sentence), sentence);
    }
}
