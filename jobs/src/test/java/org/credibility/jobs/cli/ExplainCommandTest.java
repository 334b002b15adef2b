package org.credibility.jobs.cli;

import static org.credibility.jobs.Commands.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.credibility.jobs.Commands.Outcome;
import org.credibility.jobs.report.OutputFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code explain} on a hand-made output ({@link OutputFixture}): what a person and a script read. */
class ExplainCommandTest {
    @TempDir
    static Path dir;
    static String out;

    @BeforeAll
    static void writeTheOutput() throws Exception {
        out = OutputFixture.write(dir.resolve("out")).toString();
    }

    @Test
    void printsTheClaimItsScoreAndEveryReportTopToBottom() {
        assertEquals(new Outcome(0, """
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
                """, ""), run("explain", "--output", out, "c1"));
    }

    @Test
    void printsTheSameAsOneJsonObjectForScripts() {
        assertEquals(new Outcome(0, """
                {
                  "claim_id" : "c2",
                  "text" : "Turkish jets bombed al-Bab.",
                  "attribution" : null,
                  "source" : null,
                  "article" : {
                    "article_id" : "a2",
                    "outlet" : "Sputnik",
                    "origin" : "Sputnik",
                    "title" : "Video of the bombers",
                    "url" : "https://example.org/sputnik/video",
                    "published" : "2017-01-23T00:00:00Z"
                  },
                  "credibility" : 0.7,
                  "rating" : "Likely true",
                  "rating_value" : 70,
                  "explanation" : "no other outlet corroborates it; not attributed to a source",
                  "reasons" : [ "no other outlet corroborates it", "not attributed to a source" ],
                  "reports" : {
                    "asserted" : [ {
                      "article_id" : "a2",
                      "outlet" : "Sputnik",
                      "origin" : "Sputnik",
                      "title" : "Video of the bombers",
                      "url" : "https://example.org/sputnik/video",
                      "published" : "2017-01-23T00:00:00Z",
                      "own_article" : true,
                      "relation" : "asserted",
                      "stance" : "agree",
                      "stance_p" : 0.9,
                      "matched_sentence" : "Turkish jets bombed al-Bab.",
                      "source" : null,
                      "denier" : null,
                      "number_conflicts" : [ ]
                    } ]
                  }
                }
                """, ""), run("explain", "--json", "--output", out, "c2"));
    }

    /** Words of the text, in any case, quoted or not, find the claim; several claims are listed, none explained. */
    @Test
    void findsAClaimByItsWordsAndListsSeveralThatMatch() {
        Outcome byWords = run("explain", "--output", out, "TURKISH", "jets");
        assertEquals(0, byWords.status());
        assertTrue(byWords.out().startsWith("Claim c2\n"), byWords.out());
        assertEquals(new Outcome(1, "c1  Two coalition jets joined the strikes, the ministry said.\n"
                        + "c2  Turkish jets bombed al-Bab.\n",
                "credibility: explain: 2 claims contain 'jets' (listed above); name one by its id\n"),
                run("explain", "--output", out, "jets"));
        assertEquals(new Outcome(1, "", "credibility: explain: no claim in " + out
                + " has the id or contains the text 'submarines'\n"), run("explain", "--output", out, "submarines"));
    }

    @Test
    void aFolderThatIsNotAFinishedOutputIsOneLine() throws Exception {
        assertEquals(new Outcome(1, "", "credibility: explain: output folder not found: " + dir.resolve("nope") + "\n"),
                run("explain", "--output", dir.resolve("nope").toString(), "c1"));
        Path mine = Files.createDirectories(dir.resolve("mine"));
        assertEquals(new Outcome(1, "", "credibility: explain: " + mine
                        + " is not an output of this job (no _manifest.json of a run in it)\n"),
                run("explain", "--output", mine.toString(), "c1"));
        Files.writeString(mine.resolve("_manifest.json"), "{\"run_id\": \"1-0000000b\", \"command\": \"run\"}");
        assertEquals(new Outcome(1, "", "credibility: explain: " + mine + " has no scores table\n"),
                run("explain", "--output", mine.toString(), "c1"));
        assertEquals(new Outcome(2, "", "credibility: explain: name a claim: its id, or words of its text (see"
                + " 'explain --help')\n"), run("explain", "--output", out));
        assertEquals(new Outcome(2, "", "credibility: explain: unknown option '--model' (see 'explain --help')\n"),
                run("explain", "--model", out, "c1"));
    }
}
