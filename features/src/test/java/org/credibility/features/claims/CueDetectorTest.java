package org.credibility.features.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CueDetectorTest {

    private final CueDetector hedges = CueDetector.hedges();
    private final CueDetector denials = CueDetector.denials();

    @Test
    void hedges() {
        assertEquals(List.of("reportedly"),
                hedges.find("Airstrikes reportedly destroyed several ammunition depots, military hardware, and fuel products."));
        assertEquals(List.of("alleged"), hedges.find("On January 2, the Turkish state-run news agency “Anadolu Agency” released a "
                + "video of alleged joint Russian-Turkish airstrikes against ISIS targets near the city of al-Bab."));
        assertEquals(List.of("claim"), hedges.find("Pro-ISIS sources claim that it was totally “destroyed” and the released video "
                + "shows a burning T-90 tank."));
        assertEquals(List.of("could be"), hedges.find("This could be the first T-90 battle tank destroyed by terrorists during the conflict."));
        assertEquals(List.of("apparently"), hedges.find("Rudskoy explained that, having lost the initiative in western Syria, Daesh "
                + "has apparently decided to focus its efforts on capturing Deir ez-Zor."));
    }

    @Test
    void hedgesInOrderOfAppearanceEachOnce() {
        assertEquals(List.of("allegedly", "sources said", "reportedly"),
                hedges.find("Jets allegedly struck, sources said, and reportedly struck again, sources said allegedly."));
    }

    @Test
    void theMonthMayIsNoHedge() {
        assertEquals(List.of(), hedges.find("In May 2017, Russian jets hit 36 targets."));
        assertEquals(List.of("may have"), hedges.find("Russian jets may have hit 36 targets."));
    }

    @Test
    void denials() {
        assertEquals(List.of("denied"), denials.find("US Air Force Colonel John Dorrian, a spokesman for the US-led coalition, denied "
                + "the reports about the joint operation but confirmed providing the info to Moscow."));
        assertEquals(List.of("no ... coordination"), denials.find("The Pentagon quickly responded on Monday with spokesman Major "
                + "Adrian Rankine-Galloway telling reporters that “there is no military-to-military coordination for airstrikes "
                + "over targets in Syria,” but according to the Pentagon only “deconflicting” communication to prevent unforseen incidents."));
        assertEquals(List.of("not true", "fake"), denials.find("The ministry said the report was not true and called it fake news."));
        assertEquals(List.of("didn't happen"), denials.find("Officials said the strike didn’t happen."));
    }

    @Test
    void noCuesInPlainStatementsOrEmptyInput() {
        assertEquals(List.of(), denials.find("Russia backs Assad, while Turkey backs Syrian rebel groups such as the Free Syrian Army."));
        assertEquals(List.of(), hedges.find(null));
        assertEquals(List.of(), hedges.find(""));
    }
}
