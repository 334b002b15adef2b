package org.credibility.features.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = SentenceSplitter.english();

    @Test
    void splitsAParagraphIntoSentences() {
        assertEquals(List.of(
                        "The crew was reportedly killed.",
                        "Pro-ISIS sources claim that it was totally “destroyed” and the released video shows a burning T-90 tank.",
                        "Further developments regarding the tank are unknown."),
                splitter.split("The crew was reportedly killed. Pro-ISIS sources claim that it was totally “destroyed” and the "
                        + "released video shows a burning T-90 tank. Further developments regarding the tank are unknown."));
    }

    @Test
    void doesNotCutAfterRanksAndMonthAbbreviations() {
        assertEquals(List.of(
                        "Jan. 19 (UPI) -- Russia and Turkey have carried out their first joint coordinated airstrikes on Islamic "
                                + "State targets in Syria, Russian Lt. Gen. Sergei Rudskoy said.",
                        "Russia said it signed a memorandum with Turkey on Jan. 12 to prevent \"incidents\" occurring in Syria's crowded skies."),
                splitter.split("Jan. 19 (UPI) -- Russia and Turkey have carried out their first joint coordinated airstrikes on "
                        + "Islamic State targets in Syria, Russian Lt. Gen. Sergei Rudskoy said. Russia said it signed a memorandum "
                        + "with Turkey on Jan. 12 to prevent \"incidents\" occurring in Syria's crowded skies."));
    }

    @Test
    void blankInputHasNoSentences() {
        assertEquals(List.of(), splitter.split(null));
        assertEquals(List.of(), splitter.split("   "));
    }

    @Test
    void givesTheSameAnswerFromManyThreads() {
        String paragraph = "Rudskoy said the joint operation showed high effectiveness. Russia backs Assad. Turkey backs rebels.";
        List<String> expected = splitter.split(paragraph);
        assertEquals(3, expected.size());
        IntStream.range(0, 200).parallel().forEach(i -> assertEquals(expected, splitter.split(paragraph)));
    }
}
