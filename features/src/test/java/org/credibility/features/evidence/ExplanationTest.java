package org.credibility.features.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExplanationTest {
    private static final ClaimEvidence DENIED_AND_HEDGED = new ClaimEvidence(List.of("UPI"), 1,
            List.of("Free West Media", "Global Research"), List.of("Pentagon", "US-led coalition"), List.of(),
            List.of("reportedly"), "Russian Ministry of Defence", List.of(), new ClaimEvidence.Reports(2, 2, 0),
            List.of("Sputnik", "UPI"));
    /** Records of other outlets than those asserting the claims here: no reason about them. */
    private static final OutletRecords ELSEWHERE = new OutletRecords(0.4, List.of(new OutletRecords.Record("RT", 3, 0)));

    @Test
    void ordersReasonsByHowMuchTheyMovedTheScore() {
        Map<String, Double> contributions = Map.of("corroborating_outlets", 0.4, "independent_sources", 0.3,
                "denying_outlets", -0.5, "denied", -0.9, "hedged", -0.2, "attributed", 0.1);
        assertEquals("denied by: Pentagon, US-led coalition (reported in Free West Media, Global Research) (−); "
                        + "corroborated by 1 other outlet (UPI) resting on 1 independent source (+); "
                        + "hedged: 'reportedly' (−)",
                Explanation.explain(DENIED_AND_HEDGED, ELSEWHERE, contributions));
    }

    @Test
    void saysWhenNothingCorroboratesAndNobodyIsCited() {
        // Its reports are the two hedging outlets' (the reports reason weighs nothing here).
        ClaimEvidence lone = new ClaimEvidence(List.of(), 0, List.of(), List.of(), List.of("SouthFront", "UPI"),
                List.of(), null, List.of("targets: 22 vs 36"), new ClaimEvidence.Reports(0, 0, 2), List.of());
        Map<String, Double> contributions = Map.of("corroborating_outlets", -1.2, "hedging_outlets", -0.3,
                "attributed", -0.1, "conflicting_numbers", -0.6);
        assertEquals("no other outlet corroborates it (−); conflicting numbers: targets: 22 vs 36 (−); "
                        + "hedged by 2 other outlets (SouthFront, UPI) (−)",
                Explanation.explain(lone, ELSEWHERE, contributions));
    }

    /** A watched claim no article reports: said first, then the two weightiest of its own reasons. */
    @Test
    void aClaimWithNoReportsSaysSoFirst() {
        ClaimEvidence unreported = new ClaimEvidence(List.of(), 0, List.of(), List.of(), List.of(),
                List.of("reportedly"), null, List.of(), ClaimEvidence.Reports.NONE, List.of());
        Map<String, Double> contributions = Map.of("corroborating_outlets", -1.2, "hedged", -0.4, "attributed", -0.1);
        assertEquals("no reports found; hedged: 'reportedly' (−); not attributed to a source (−)",
                Explanation.explain(unreported, ELSEWHERE, contributions));
    }

    @Test
    void aDisputeWithoutANamedDenierIsStillReported() {
        ClaimEvidence disputed = new ClaimEvidence(List.of(), 0, List.of("Sputnik"), List.of(), List.of(),
                List.of(), "Sputnik", List.of(), new ClaimEvidence.Reports(0, 1, 0), List.of());
        assertEquals("disputed (reported in Sputnik) (−); no other outlet corroborates it; "
                        + "of 1 report: 0 report it, 1 dispute it, 0 hedge it",
                Explanation.explain(disputed, ELSEWHERE, Map.of("denied", -2.0)));
    }

    @Test
    void theSharesOfReportsByRelationAreOneReason() {
        // The three share contributions add up: 0.3 − 1.1 + 0 = −0.8 outweighs the others.
        Map<String, Double> contributions = Map.of("corroborating_outlets", 0.2, "agree_share", 0.3,
                "deny_share", -1.1, "denied", -0.5, "hedged", -0.1);
        assertEquals("of 4 reports: 2 report it, 2 dispute it, 0 hedge it (−); denied by: Pentagon, US-led coalition (reported in "
                        + "Free West Media, Global Research) (−); corroborated by 1 other outlet (UPI) resting on "
                        + "1 independent source (+)",
                Explanation.explain(DENIED_AND_HEDGED, ELSEWHERE, contributions));
    }

    @Test
    void theRecordOfTheOutletsAssertingAClaimIsOneReason() {
        OutletRecords records = new OutletRecords(0.4, List.of(new OutletRecords.Record("UPI", 2, 2),
                new OutletRecords.Record("Sputnik", 5, 1), new OutletRecords.Record("RT", 3, 0)));
        Map<String, Double> contributions = Map.of("outlet_record", -0.7, "corroborating_outlets", 0.2,
                "denied", -0.5);
        assertEquals("record of the outlets asserting it: 3 of 7 labelled claims true (Sputnik 1 of 5, UPI 2 of 2) (−); "
                        + "denied by: Pentagon, US-led coalition (reported in Free West Media, Global Research) (−); "
                        + "corroborated by 1 other outlet (UPI) resting on 1 independent source (+)",
                Explanation.explain(DENIED_AND_HEDGED, records, contributions));
    }

    @Test
    void namesAtMostThreeRecords() {
        ClaimEvidence widelyAsserted = new ClaimEvidence(List.of("RT", "Sputnik", "UPI"), 2, List.of(), List.of(),
                List.of(), List.of(), null, List.of(), new ClaimEvidence.Reports(4, 0, 0),
                List.of("AP", "RT", "Sputnik", "UPI"));
        OutletRecords records = new OutletRecords(0.5, List.of(new OutletRecords.Record("AP", 1, 1),
                new OutletRecords.Record("RT", 4, 0), new OutletRecords.Record("Sputnik", 3, 1),
                new OutletRecords.Record("UPI", 2, 2)));
        assertEquals("record of the outlets asserting it: 4 of 10 labelled claims true (RT 0 of 4, Sputnik 1 of 3,"
                        + " UPI 2 of 2, …) (−)",
                Explanation.explain(widelyAsserted, records, Map.of("outlet_record", -0.4)).split("; ")[0]);
    }

    @Test
    void readsBackTheReasonsOneEachWithTheConflictingNumbersInTheirReason() {
        assertEquals(List.of("no other outlet corroborates it (−)", "conflicting numbers: targets: 22 vs 36; jets: 2 vs 4 (−)",
                        "hedged by 2 other outlets (SouthFront, UPI)"),
                Explanation.reasons("no other outlet corroborates it (−); conflicting numbers: targets: 22 vs 36; "
                        + "jets: 2 vs 4 (−); hedged by 2 other outlets (SouthFront, UPI)"));
        assertEquals(List.of("no reports found", "hedged: 'reportedly'", "not attributed to a source"),
                Explanation.reasons("no reports found; hedged: 'reportedly'; not attributed to a source"));
        assertEquals(List.of(), Explanation.reasons(""));
    }
}
