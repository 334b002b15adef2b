package org.credibility.features.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourceAliasesTest {

    private final SourceAliases aliases = SourceAliases.standard();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Russian Defense Ministry                      | Russian Ministry of Defence
            the Russian Defence Ministry                  | Russian Ministry of Defence
            Russian MoD                                   | Russian Ministry of Defence
            Russian Defense Minsitry                      | Russian Ministry of Defence
            Ministry of Defence of the Russian Federation | Russian Ministry of Defence
            Rudskoy                                       | Russian Ministry of Defence
            Sergei Rudskoy                                | Russian Ministry of Defence
            General Staff                                 | Russian Ministry of Defence
            The Pentagon                                  | Pentagon
            Adrian Rankine-Galloway                       | Pentagon
            John Dorrian                                  | US-led coalition
            US Air Force Colonel John Dorrian             | US-led coalition
            Turkish Armed Forces                          | Turkish Armed Forces
            Turkish General Staff                         | Turkish Armed Forces
            “Anadolu Agency”                              | Anadolu Agency
            Hurriyet Daily News                           | Hürriyet Daily News
            Russian Interfax                              | Interfax
            Sputnik                                       | Sputnik
            AP                                            | Associated Press
            """)
    void mapsAliasesToTheirPrimarySource(String attribution, String canonical) {
        assertEquals(canonical, aliases.canonical(attribution));
    }

    @Test
    void unknownAttributionsMapToThemselves() {
        assertEquals("Syrian army", aliases.canonical("the Syrian army"));
        assertEquals("Japan Times", aliases.canonical("Japan Times"));
        assertNull(aliases.canonical(null));
        assertNull(aliases.canonical("  "));
    }

    @Test
    void knowsListedSourcesOnly() {
        assertTrue(aliases.isKnown("SouthFront"));
        assertFalse(aliases.isKnown("Andrew V. Pestano"));
    }
}
