package org.credibility.features.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuantitiesTest {

    @Test
    void numbersAsWrittenWithoutDates() {
        assertEquals(List.of("3", "two", "4", "22"), NumberExtractor.numbers("3 Russian attack aircraft [two Su-24M and one Su-34] "
                + "and 4 Turkish warplanes were involved in hitting 22 targets."));
        assertEquals(List.of("169", "484"), NumberExtractor.numbers("Between \"January 22 to January 24, the aircraft carried out "
                + "169 combat sorties hitting a total of 484 terrorist targets.\""));
        assertEquals(List.of("70-100"), NumberExtractor.numbers("About 70-100 sorties are being conducted every day, he added."));
        assertEquals(List.of(), NumberExtractor.numbers("Russia began airstrikes in Syria in September 2015, on Jan. 12 and on Jan.1 "
                + "at 9:08 am, in a nearly six-year war, with T-90 tanks and Tu-22M3 bombers at the 137th base in 2016."));
    }

    @Test
    void quantitiesCountTheHeadNoun() {
        assertEquals(List.of(new Quantity("3", "aircraft"), new Quantity("4", "warplanes"), new Quantity("22", "targets")),
                NumberExtractor.read("3 Russian attack aircraft [two Su-24M and one Su-34] and 4 Turkish warplanes were "
                        + "involved in hitting 22 targets.").quantities());
        assertEquals(List.of(new Quantity("169", "sorties"), new Quantity("484", "targets")),
                NumberExtractor.read("The aircraft carried out 169 combat sorties hitting a total of 484 terrorist targets.").quantities());
        assertEquals(List.of(new Quantity("9", "aircraft"), new Quantity("8", "aircraft"), new Quantity("36", "targets")),
                NumberExtractor.read("The operation involved 9 Russian aircraft and 8 Turkish ones, and 36 Islamic State "
                        + "targets were destroyed.").quantities());
        assertEquals(List.of(new Quantity("6", "bombers"), new Quantity("2500", "troops")),
                NumberExtractor.read("Six long-range Tu-22M3 bombers and 2,500 troops took part.").quantities());
    }

    @Test
    void conflictsWhenTheSameUnitHasDifferentValues() {
        List<Quantity> claim = List.of(new Quantity("22", "targets"), new Quantity("4", "warplanes"));
        assertEquals(List.of("targets: 22 vs 36", "warplanes: 4 vs 8"),
                Quantities.conflicts(claim, List.of(new Quantity("36", "targets"), new Quantity("8", "aircraft"))));
    }

    @Test
    void noConflictWhenAValueMatchesOrTheUnitIsNotCounted() {
        List<Quantity> claim = List.of(new Quantity("3", "planes"), new Quantity("80", "sorties"));
        assertEquals(List.of(), Quantities.conflicts(claim,
                List.of(new Quantity("3", "jets"), new Quantity("9", "jets"), new Quantity("70-100", "sorties"), new Quantity("5", "days"))));
        assertEquals(List.of(), Quantities.conflicts(null, List.of()));
    }
}
