package org.credibility.features.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TermNormalizerTest {

    private final TermNormalizer normalizer = TermNormalizer.standard();

    @Test
    void mapsNamesAndSynonymsToOneTerm() {
        assertEquals(List.of("isis"), normalizer.terms("ISIS, ISIL, Daesh, the Islamic State and ISIS-Daesh"));
        assertEquals(List.of("russia", "turkey"), normalizer.terms("Russian Russia's Russia; Turkish Turkey's Turks"));
        assertEquals(List.of("strike"), normalizer.terms("airstrikes, strikes, bombings, struck, bombed, air strikes"));
        assertEquals(List.of("aircraft"), normalizer.terms("warplanes, jets, aircraft, planes, bombers"));
        assertEquals(List.of("us"), normalizer.terms("the U.S. and the United States"));
    }

    @Test
    void dropsStopwordsAndPunctuationAndStemsLightly() {
        assertEquals(List.of("russia", "aircraft", "strike", "isis", "target", "near", "al", "bab", "22"),
                normalizer.terms("Russian warplanes have struck ISIS's targets near al-Bab: 22 of them."));
        assertEquals(List.of("releas", "kill", "hit", "destroy"),
                normalizer.terms("released, releases, killing, killed, hitting, destroyed"));
    }

    @Test
    void anApostropheJoinsOnlyLettersAfterItAndAPossessiveGoes() {
        // "ok'" ends a word (no letter after it); "55'99" is two words; "Kyiv’S" loses its possessive;
        // "don’t" is a stopword
        assertEquals(List.of("rock'n", "roll", "kyiv", "ok", "55", "99", "sputnik"),
                normalizer.terms("rock'n'roll Kyiv’S ok' 55'99 Sputnik’s don’t"));
    }

    @Test
    void emptyForNothing() {
        assertEquals(List.of(), normalizer.terms(null));
        assertEquals(List.of(), normalizer.terms("the and of"));
    }
}
