package org.credibility.features.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class OriginDetectorTest {

    @Test
    void globalResearchRepublishingSouthFront() {
        assertEquals(Optional.of("South Front"), OriginDetector.detect(Seeds.read(Seeds.GLOBAL_RESEARCH_000)));
    }

    @Test
    void aPersonsBylineIsNoOrigin() {
        assertEquals(Optional.empty(), OriginDetector.detect(Seeds.read(Seeds.UPI_004)));
    }

    @Test
    void outletsOwnPagesHaveNoOrigin() {
        assertEquals(Optional.empty(), OriginDetector.detect(Seeds.read(Seeds.SOUTHFRONT_001)));
        assertEquals(Optional.empty(), OriginDetector.detect(Seeds.read(Seeds.SPUTNIK_002)));
        assertEquals(Optional.empty(), OriginDetector.detect(Seeds.read(Seeds.FREE_WEST_MEDIA_003)));
    }

    @Test
    void aBylineNamingAKnownSourceOrAnOrganisationIsTheOrigin() {
        assertEquals(Optional.of("South Front"), OriginDetector.detect("By [SouthFront](#)\n\nRussia struck ISIS."));
        assertEquals(Optional.of("Levant Press"), OriginDetector.detect("By Levant Press\n\nRussia struck ISIS."));
    }

    @Test
    void republicationNoticeInHtmlMapsToTheCanonicalSource() {
        assertEquals(Optional.of("Associated Press"),
                OriginDetector.detect("<p>Russia struck ISIS.</p><p><em>This article originally appeared on AP.</em></p>"));
    }

    @Test
    void nothingForEmptyInput() {
        assertEquals(Optional.empty(), OriginDetector.detect(null));
        assertEquals(Optional.empty(), OriginDetector.detect(""));
    }
}
