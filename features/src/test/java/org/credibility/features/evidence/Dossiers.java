package org.credibility.features.evidence;

import java.time.Instant;
import java.util.List;
import org.credibility.features.stance.Relation;

/** A small hand-made claim with one report of each relation, for the layout and ClaimReview tests. */
final class Dossiers {
    static final ClaimDossier.Article OWN = new ClaimDossier.Article("a1", "Global Research", "South Front",
            "Bombers in action", "https://example.org/gr/bombers", Instant.parse("2017-01-25T00:00:00Z"));
    static final ClaimDossier.Article SPUTNIK = new ClaimDossier.Article("a2", "Sputnik", "Sputnik",
            "Video of the bombers", "https://example.org/sputnik/video", Instant.parse("2017-01-23T00:00:00Z"));
    static final ClaimDossier.Article FREE_WEST = new ClaimDossier.Article("a3", "Free West Media", "Free West Media",
            "Joint or not so joint?", "https://example.org/fwm/joint", Instant.parse("2017-01-24T09:08:00Z"));
    /** Linked, but about something else; no url, no date. */
    static final ClaimDossier.Article UPI = new ClaimDossier.Article("a4", "UPI", "UPI", "Joint bombings", null, null);

    static final ClaimDossier JETS = new ClaimDossier("c1", "Two coalition jets joined the strikes, the ministry said.",
            OWN, "Russian Defense Ministry", "Russian Ministry of Defence", 0.055,
            "denied by: US-led coalition (reported in Global Research) (−); attributed to: Russian Ministry of Defence (−)",
            List.of(new ClaimDossier.Report(UPI, false, Relation.NOT_ADDRESSED, "unrelated", 0.61,
                            "Russia and Turkey carried out joint bombings.", null, null, List.of()),
                    new ClaimDossier.Report(FREE_WEST, false, Relation.ATTRIBUTED, "discuss", 0.47,
                            "Four jets took part, the ministry said.", "Russian Ministry of Defence", null,
                            List.of("jets: 2 vs 4")),
                    new ClaimDossier.Report(SPUTNIK, false, Relation.ASSERTED, "agree", 0.48,
                            "Two coalition jets took part.", null, null, List.of()),
                    new ClaimDossier.Report(OWN, true, Relation.DISPUTED, "discuss", 0.55,
                            "Colonel John Dorrian, a spokesman for the US-led coalition, denied it.", "US-led coalition",
                            "US-led coalition", List.of())));

    private Dossiers() {
    }
}
