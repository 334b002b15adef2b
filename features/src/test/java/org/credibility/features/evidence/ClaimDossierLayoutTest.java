package org.credibility.features.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClaimDossierLayoutTest {
    /** Top to bottom: the claim, its article, the score and reasons, then the reports, the denial first. */
    @Test
    void laysOutTheClaimItsScoreAndItsReportsByRelation() {
        assertEquals("""
                Claim c1
                  "Two coalition jets joined the strikes, the ministry said."
                  attributed to Russian Defense Ministry (source: Russian Ministry of Defence)

                Article a1
                  Global Research, origin South Front, published 2017-01-25
                  Bombers in action
                  https://example.org/gr/bombers

                Credibility 0.055 (Likely false, 6 of 100)
                  denied by: US-led coalition (reported in Global Research) (−)
                  attributed to: Russian Ministry of Defence (−)

                DISPUTED (1)
                  a1 (the claim's own article, above)
                    stance: discuss (0.55)
                    evidence: "Colonel John Dorrian, a spokesman for the US-led coalition, denied it."
                    source: US-led coalition
                    denier: US-led coalition

                ASSERTED (1)
                  a2
                    Sputnik, published 2017-01-23
                    Video of the bombers
                    https://example.org/sputnik/video
                    stance: agree (0.48)
                    evidence: "Two coalition jets took part."

                ATTRIBUTED (1)
                  a3
                    Free West Media, published 2017-01-24
                    Joint or not so joint?
                    https://example.org/fwm/joint
                    stance: discuss (0.47)
                    evidence: "Four jets took part, the ministry said."
                    source: Russian Ministry of Defence
                    conflicting numbers: jets: 2 vs 4

                Linked but not addressing it (1): UPI a4
                """, ClaimDossierLayout.text(Dossiers.JETS));
    }

    @Test
    void aWatchedClaimNobodyReportsSaysSo() {
        ClaimDossier watched = new ClaimDossier("w1", "Ankara closed the border.", null, null, null, 0.4,
                "no reports found; not attributed to a source", List.of());
        assertEquals("""
                Claim w1
                  "Ankara closed the border."

                From the watch list (claims.jsonl): no article of its own

                Credibility 0.400 (Unproven, 40 of 100)
                  no reports found
                  not attributed to a source

                No article reports it.
                """, ClaimDossierLayout.text(watched));
    }

    /** The same content for scripts, under the output tables' column names, the relations in reading order. */
    @Test
    void theJsonHoldsTheSameInTheSameOrder() {
        Map<String, Object> json = ClaimDossierLayout.json(Dossiers.JETS);
        assertEquals(List.of("claim_id", "text", "attribution", "source", "article", "credibility", "rating",
                "rating_value", "explanation", "reasons", "reports"), List.copyOf(json.keySet()));
        assertEquals("{article_id=a1, outlet=Global Research, origin=South Front, title=Bombers in action, "
                + "url=https://example.org/gr/bombers, published=2017-01-25T00:00:00Z}", json.get("article").toString());
        assertEquals(0.055, json.get("credibility"));
        assertEquals("Likely false", json.get("rating"));
        assertEquals(6, json.get("rating_value"));
        assertEquals(List.of("denied by: US-led coalition (reported in Global Research) (−)",
                "attributed to: Russian Ministry of Defence (−)"), json.get("reasons"));
        Map<?, ?> reports = (Map<?, ?>) json.get("reports");
        assertEquals(List.of("disputed", "asserted", "attributed", "not_addressed"), List.copyOf(reports.keySet()));
        assertEquals("[{article_id=a3, outlet=Free West Media, origin=Free West Media, title=Joint or not so joint?, "
                + "url=https://example.org/fwm/joint, published=2017-01-24T09:08:00Z, own_article=false, "
                + "relation=attributed, stance=discuss, stance_p=0.47, matched_sentence=Four jets took part, the "
                + "ministry said., source=Russian Ministry of Defence, denier=null, number_conflicts=[jets: 2 vs 4]}]",
                reports.get("attributed").toString());
        assertEquals("US-led coalition", ((Map<?, ?>) ((List<?>) reports.get("disputed")).get(0)).get("denier"));
    }
}
