package org.credibility.features.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class OutletRecordsTest {
    // Five labelled claims, two of them true: base rate 0.4.
    private static final OutletRecords RECORDS = OutletRecords.learn(List.of(
            new OutletRecords.LabelledClaim(List.of("Daily Mail", "dailymail"), true),  // one outlet, twice
            new OutletRecords.LabelledClaim(List.of("Daily Mail", "CNN"), false),
            new OutletRecords.LabelledClaim(List.of("CNN"), false),
            new OutletRecords.LabelledClaim(List.of(), true),
            new OutletRecords.LabelledClaim(List.of(), false)));

    @Test
    void countsEachOutletOncePerClaim() {
        assertEquals(0.4, RECORDS.baseRate(), 1e-12);
        assertEquals(List.of(new OutletRecords.Record("CNN", 2, 0), new OutletRecords.Record("Daily Mail", 2, 1)),
                List.copyOf(RECORDS.records()));
    }

    @Test
    void smoothsEachShareWithOnePseudoClaimAtTheBaseRate() {
        assertEquals((1 + 0.4) / 3, RECORDS.share("Daily Mail"), 1e-12);
        assertEquals((0 + 0.4) / 3, RECORDS.share("C.N.N."), 1e-12);   // matched by key
        assertEquals(0.4, RECORDS.share("Reuters"), 1e-12);             // no record
    }

    @Test
    void aClaimsRecordIsTheMeanOverTheDistinctOutletsAssertingIt() {
        assertEquals(0.3, RECORDS.of(List.of("CNN", "Daily Mail", "DAILY MAIL")), 1e-12);
        assertEquals((0.4 / 3 + 0.4) / 2, RECORDS.of(List.of("CNN", "Reuters")), 1e-12);
        assertEquals(0.4, RECORDS.of(List.of()), 1e-12);
    }

    @Test
    void namesTheKnownRecordsMostClaimsFirst() {
        OutletRecords records = new OutletRecords(0.5, List.of(new OutletRecords.Record("UPI", 1, 1),
                new OutletRecords.Record("Sputnik", 3, 0), new OutletRecords.Record("RT", 1, 0)));
        assertEquals(List.of(new OutletRecords.Record("Sputnik", 3, 0), new OutletRecords.Record("RT", 1, 0),
                new OutletRecords.Record("UPI", 1, 1)), records.known(List.of("UPI", "Reuters", "RT", "sputnik")));
    }

    @Test
    void refusesTwoRecordsForOneOutlet() {
        assertThrows(IllegalArgumentException.class, () -> new OutletRecords(0.5,
                List.of(new OutletRecords.Record("Daily Mail", 1, 1), new OutletRecords.Record("dailymail", 2, 0))));
    }
}
