package org.credibility.features.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AttributionExtractorTest {

    private final AttributionExtractor extractor = AttributionExtractor.standard();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Russian and Turkish warplanes conducted joint strikes against ISIS terrorists near al-Bab in the Aleppo province on January 21, the Russian Defense Ministry said. | Russian Defense Ministry
            According to the Russian Defense Ministry, two coalition jets participated in the operation.                                | Russian Defense Ministry
            On January 23, six Tu-22M3 bombers carried out airstrikes near the city of Deir Ezzor, according to the Russian Defense Ministry. | Russian Defense Ministry
            "The operation approved by the Syrian authorities involved 9 Russian aircraft and 8 Turkish ones," Rudskoy said in a statement, adding that 36 Islamic State targets were destroyed. | Rudskoy
            At the briefing, Lt. Gen. Sergei Rudskoy, the Chief of the Main Operational Directorate of the General Staff, told reporters that 169 sorties were flown. | Sergei Rudskoy
            US Air Force Colonel John Dorrian, a spokesman for the US-led coalition, denied the reports about the joint operation but confirmed providing the info to Moscow. | John Dorrian
            The Russian Defense Ministry, cited by AP, says Russian warplanes have flown their first combat mission in Syria with the US. | Russian Defense Ministry
            Turkish warplanes have struck ISIL positions near al-Bab, the Turkish Armed Forces said in a written statement early Jan. 2. | Turkish Armed Forces
            Russia had conducted the joint strikes together with Turkish warplanes, Sputnik reported.                                    | Sputnik
            But Sputnik reported on Monday that Russia had received coordinates of ISIS targets in Al-Bab from the US via a “direct line” citing the Russian Defense Minsitry. | Russian Defense Minsitry
            The Pentagon quickly responded on Monday with spokesman Major Adrian Rankine-Galloway telling reporters that there is no coordination. | Pentagon
            "The Russian Aerospace Forces and two jets of the international coalition have conducted airstrikes on the terrorists’ targets," the statement said. | statement
            "The Russian Aerospace Forces conducted a new joint operation near Al-Bab," the ministry said.                              | ministry
            The Turkish daily “Hürriyet Daily News” reported on January 2:                                                                | Hürriyet Daily News
            Earlier Monday, the Syrian army reported that scores of Daesh militants had been killed.                                     | Syrian army
            Russian Interfax also reported that various ISIS storage facilities were eliminated.                                        | Russian Interfax
            "About 70-100 sorties are being conducted every day," he added.                                                              | he
            "We hit 36 targets," said Lt. Gen. Sergei Rudskoy.                                                                          | Sergei Rudskoy
            The strikes were reported by Anadolu Agency on Monday.                                                                      | Anadolu Agency
            """)
    void attributions(String sentence, String expected) {
        assertEquals(Optional.of(expected), extractor.attribution(sentence));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Airstrikes reportedly destroyed several ammunition depots, military hardware, and fuel products.",
        "No official comment on these reports by the Russian Defense Ministry is available online.",
        "The claims were denied on Monday in Brussels."
    })
    void noAttribution(String sentence) {
        assertEquals(Optional.empty(), extractor.attribution(sentence));
    }

    @Test
    void appositionTellsWhomTheSpeakerSpeaksFor() {
        AttributionExtractor.Attribution a = extractor.extract("Colonel Jane Roe, a spokeswoman for the Syrian army, denied the reports.")
                .orElseThrow();
        assertEquals("Jane Roe", a.name());
        assertEquals("Syrian army", a.speaksFor());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            In case you're having deja vu, the WSJ reported exactly the same thing back in March and Amazon firmly denied it. | WSJ | Amazon
            Amazon quickly refuted the report.                                                                              | -   | Amazon
            Colonel Jane Roe, a spokeswoman for the Syrian army, denied the reports.                                       | Jane Roe | Jane Roe
            The claims were denied on Monday in Brussels.                                                                  | -   | -
            Russia had conducted the joint strikes together with Turkish warplanes, Sputnik reported.                      | Sputnik | -
            """)
    void theDenierIsWhoeverSpeaksTheVerbOfDenying(String sentence, String attribution, String denier) {
        assertEquals(Optional.ofNullable(attribution), extractor.attribution(sentence));
        assertEquals(Optional.ofNullable(denier), extractor.denier(sentence).map(AttributionExtractor.Attribution::name));
    }

    @Test
    void nothingForEmptyInput() {
        assertEquals(Optional.empty(), extractor.attribution(null));
        assertEquals(Optional.empty(), extractor.attribution(" "));
        assertEquals(Optional.empty(), extractor.denier(null));
    }
}
