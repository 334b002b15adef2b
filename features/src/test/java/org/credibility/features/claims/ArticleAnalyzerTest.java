package org.credibility.features.claims;

import org.credibility.features.stance.CueStanceJudge;
import org.credibility.features.stance.Stance;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Whole seed articles: no comment or page furniture left, key sentences present and analysed. */
class ArticleAnalyzerTest {

    private static final String RUSSIAN_MOD = "Russian Ministry of Defence";

    private final ArticleAnalyzer analyzer = ArticleAnalyzer.english();

    private static SentenceAnalysis sentence(AnalyzedArticle article, String start) {
        return article.sentences().stream().filter(s -> s.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no sentence starting '" + start + "' in:\n" + article.bodyClean()));
    }

    private static void assertAbsent(AnalyzedArticle article, String... fragments) {
        for (String fragment : fragments) {
            assertFalse(article.bodyClean().contains(fragment), () -> "'" + fragment + "' left in:\n" + article.bodyClean());
        }
    }

    private static void assertIndexed(AnalyzedArticle article) {
        for (int i = 0; i < article.sentences().size(); i++) {
            assertEquals(i, article.sentences().get(i).index());
        }
    }

    @Test
    void seed000GlobalResearchRepublishingSouthFront() {
        AnalyzedArticle a = analyzer.analyze("Syria: Russian and Turkish Strategic Bombers In Action Against ISIS-Daesh",
                Seeds.read(Seeds.GLOBAL_RESEARCH_000));
        assertEquals("South Front", a.origin());
        assertAbsent(a, "Global Research, January 25", "24 January 2017", "Region:", "Theme:", "In-depth Report", "By South Front",
                "original source", "Copyright", "Disclaimer", "Become a Member", "Facebook", "publications@", "](#)", "*");
        assertTrue(a.repairs().containsAll(List.of("markdown_links", "footer_removed", "paragraphs_joined", "title_repeated")));
        assertIndexed(a);

        SentenceAnalysis strike = sentence(a, "Russian and Turkish warplanes conducted joint strikes");
        assertTrue(strike.checkWorthy());
        assertEquals("Russian Defense Ministry", strike.attribution());
        assertEquals(RUSSIAN_MOD, strike.source());
        assertEquals(List.of("Russian", "Turkish", "ISIS", "al-Bab", "Aleppo", "Russian Defense Ministry"), strike.actors());

        SentenceAnalysis aircraft = sentence(a, "3 Russian attack aircraft");
        assertEquals(List.of("3", "two", "4", "22"), aircraft.numbers());
        assertEquals(List.of(new Quantity("3", "aircraft"), new Quantity("4", "warplanes"), new Quantity("22", "targets")),
                aircraft.quantities());

        assertEquals(List.of("reportedly"), sentence(a, "Airstrikes reportedly destroyed").hedgeCues());
        assertEquals(List.of("reportedly"), sentence(a, "The crew was reportedly killed.").hedgeCues());
        assertEquals(List.of("claim"), sentence(a, "Pro-ISIS sources claim").hedgeCues());

        SentenceAnalysis denial = sentence(a, "US Air Force Colonel John Dorrian");
        assertTrue(denial.checkWorthy());
        assertEquals(List.of("denied"), denial.denialCues());
        assertEquals("John Dorrian", denial.attribution());
        assertEquals("US-led coalition", denial.source());
        assertEquals("US-led coalition", denial.denier());
        assertEquals(List.of("US Air Force Colonel John Dorrian", "US-led", "Moscow"), denial.actors());
    }

    @Test
    void seed001SouthFrontWithReaderComments() {
        String title = "Turkish State Media Releases Alleged Footage Of Joint Russian-Turkish Airstrikes Against ISIS Near Al-Bab";
        AnalyzedArticle a = analyzer.analyze(title, Seeds.read(Seeds.SOUTHFRONT_001));
        assertNull(a.origin());
        assertAbsent(a, "Nore Ga", "Notify of", "Support SouthFront", "2,500 $", "0 $", "Inline Feedbacks", "Oleg Lastochkin",
                "Would love your thoughts", "ALLAH", "win-win", "Alleged Footage");
        assertTrue(a.repairs().containsAll(List.of("comments_removed", "captions_removed", "boilerplate_removed", "title_repeated")));

        assertEquals(List.of("alleged"), sentence(a, "On January 2, the Turkish state-run news agency").hedgeCues());
        SentenceAnalysis tsk = sentence(a, "Turkish and Russian warplanes have struck");
        assertTrue(tsk.checkWorthy());
        assertEquals("Turkish Armed Forces", tsk.source());
        assertEquals("Hürriyet Daily News", sentence(a, "The Turkish daily").source());
        SentenceAnalysis counts = sentence(a, "Turkish warplanes destroyed eight ISIL targets");
        assertEquals(List.of(new Quantity("8", "targets"), new Quantity("22", "militants"), new Quantity("8", "kilometers")),
                counts.quantities());
        assertTrue(a.bodyClean().endsWith("No official comment on these reports by the Russian Defense Ministry is available online."));
    }

    @Test
    void seed002SputnikWithGarbledHeaderAndComments() {
        AnalyzedArticle a = analyzer.analyze("Defense Ministry Releases Video of Bombers Pounding Daesh Positions (VIDEO)",
                Seeds.read(Seeds.SPUTNIK_002));
        assertAbsent(a, "Blackie", "Get short URL", "10:27 GMT", "© Photo", "Military & Intelligence", "Community standards",
                "Comment via", "Russian Su-34 fighter-bomber aircraft carries out a strike", "Footage of a Russian Tu-22M3 taking off",
                "video footage, combat operations", "Suburban Combat", "Kissinger", "Show new comments");
        assertTrue(a.bodyClean().startsWith("The Russian Defense Ministry has released fresh footage"));

        SentenceAnalysis briefing = sentence(a, "At the briefing, Lt. Gen. Sergei Rudskoy");
        assertTrue(briefing.checkWorthy());
        assertEquals("Sergei Rudskoy", briefing.attribution());
        assertEquals(RUSSIAN_MOD, briefing.source());
        assertEquals(List.of("169", "484"), briefing.numbers());
        assertEquals(List.of(new Quantity("169", "sorties"), new Quantity("484", "targets")), briefing.quantities());

        SentenceAnalysis added = sentence(a, "About 70-100 sorties");
        assertEquals("he", added.attribution());
        assertEquals(RUSSIAN_MOD, added.source());
        assertEquals(List.of(new Quantity("70-100", "sorties")), added.quantities());
        assertEquals(List.of("apparently"), sentence(a, "Rudskoy explained that").hedgeCues());
    }

    @Test
    void seed003FreeWestMediaWithThePentagonsDenial() {
        AnalyzedArticle a = analyzer.analyze("Joint or not so joint US-Russian airstrikes on ISIS?", Seeds.read(Seeds.FREE_WEST_MEDIA_003));
        assertAbsent(a, "Consider donating", "Keep your language polite", "All rights reserved", "No comments", "Published:",
                "Help us", "perpetual license", "Joint or not so joint");
        assertTrue(a.repairs().contains("footer_removed"));

        SentenceAnalysis pentagon = sentence(a, "The Pentagon quickly responded");
        assertTrue(pentagon.checkWorthy());
        assertEquals(List.of("no ... coordination"), pentagon.denialCues());
        assertEquals("Pentagon", pentagon.source());
        assertEquals(RUSSIAN_MOD, sentence(a, "The Russian Defense Ministry, cited by AP").source());
        assertEquals("Interfax", sentence(a, "Russian Interfax also reported").source());
        assertEquals(RUSSIAN_MOD, sentence(a, "But Sputnik reported on Monday").source());
        assertEquals(RUSSIAN_MOD, sentence(a, "After further data verification").source());
        SentenceAnalysis ministry = sentence(a, "“On January 21, the Russian Aerospace Forces");
        assertEquals("ministry", ministry.attribution());
        assertEquals(RUSSIAN_MOD, ministry.source());
        assertEquals("Sputnik", sentence(a, "Russia had conducted the joint strikes").source());
        assertEquals(RUSSIAN_MOD, sentence(a, "The missions involved three Russian planes").source());
    }

    @Test
    void seed004UpiWithAdsAndAPersonsByline() {
        AnalyzedArticle a = analyzer.analyze("Russia, Turkey carry out joint bombings in Syria", Seeds.read(Seeds.UPI_004));
        assertNull(a.origin());
        assertAbsent(a, "Advertisement", "Latest Headlines", "By Andrew V. Pestano", "Photo courtesy", "runway");
        assertTrue(a.bodyClean().startsWith("Jan. 19 (UPI) -- Russia and Turkey have carried out their first joint"));

        SentenceAnalysis first = a.sentences().get(0);
        assertTrue(first.checkWorthy());
        assertEquals("Sergei Rudskoy", first.attribution());
        assertEquals(RUSSIAN_MOD, first.source());
        SentenceAnalysis operation = sentence(a, "\"The operation approved by the Syrian authorities");
        assertEquals("Rudskoy", operation.attribution());
        assertEquals(List.of(new Quantity("9", "aircraft"), new Quantity("8", "aircraft"), new Quantity("36", "targets")),
                operation.quantities());
        assertEquals("Russia", sentence(a, "Russia said it signed a memorandum").source());
    }

    @Test
    void theSeedsTellOneStoryWithDifferentStances() {
        String claim = "The US and Russia coordinated airstrikes in Syria.";
        assertEquals(Stance.DISAGREE,
                CueStanceJudge.standard().judge(claim, analyzer.analyze(null, Seeds.read(Seeds.FREE_WEST_MEDIA_003)).sentences()).stance());
        assertEquals(Stance.UNRELATED, CueStanceJudge.standard().judge("Apple released a new iPhone with a larger screen.",
                analyzer.analyze(null, Seeds.read(Seeds.UPI_004)).sentences()).stance());
    }

    @Test
    void emptyOrNullBodyGivesAnEmptyAnalysis() {
        for (String body : new String[] {null, "", "   \n  "}) {
            AnalyzedArticle a = analyzer.analyze(null, body);
            assertEquals("", a.bodyClean());
            assertNull(a.origin());
            assertEquals(List.of(), a.sentences());
        }
    }

    @Test
    void analysesHtmlBodies() {
        AnalyzedArticle a = analyzer.analyze("Strikes", "<html><body><script>track()</script><p>Russia and Turkey carried out 3 "
                + "joint airstrikes near al-Bab, the Russian Defence Ministry said.</p><p>Comments</p><p>Great article!</p></body></html>");
        assertEquals("Russia and Turkey carried out 3 joint airstrikes near al-Bab, the Russian Defence Ministry said.", a.bodyClean());
        assertEquals(RUSSIAN_MOD, a.sentences().get(0).source());
        assertEquals(List.of(new Quantity("3", "airstrikes")), a.sentences().get(0).quantities());
    }

    @Test
    void theDenierOfASentenceIsWhoDeniesNotWhomItCites() {
        AnalyzedArticle a = analyzer.analyze("Amazon video", "Amazon is working on a free streaming service, a report said. "
                + "The WSJ reported the same thing in March and Amazon firmly denied it. "
                + "An Amazon spokesman told reporters on Tuesday that the company streams no ads. He rejected the report.");
        SentenceAnalysis denied = sentence(a, "The WSJ reported");
        assertEquals("WSJ", denied.source());
        assertEquals("Amazon", denied.denier());
        SentenceAnalysis rejected = sentence(a, "He rejected");
        assertNull(rejected.source());
        assertEquals("Amazon spokesman", rejected.denier());
        assertEquals(sentence(a, "Amazon is working").source(), sentence(a, "Amazon is working").denier());

        AnalyzedArticle asked = analyzer.analyze("A rumour", "Mohammed Islam made $72 million, New York magazine reported. "
                + "\"It's stated as a rumor,\" Tulemaganbetov told us when we asked him if he would deny the figure.");
        assertEquals("Tulemaganbetov", sentence(asked, "\"It's stated").denier());
    }

    /** Seed words shuffled with markup, quotes and odd characters: never an exception, always a well-formed result. */
    @Test
    void oddInputNeverThrows() {
        String[] pieces = (Seeds.read(Seeds.FREE_WEST_MEDIA_003) + " < > <p> </div> &amp; & “ ” ‘ ’ \" ' , . ! ? : ; ( ) [ ] * # - -- "
                + "\u00A0 \u200B \r \n \n\n \t © $ 1 22 70-100 Jan. Lt. U.S. al- -Bab 's").split(" ");
        Random random = new Random(42);
        for (int round = 0; round < 300; round++) {
            StringBuilder page = new StringBuilder();
            for (int i = random.nextInt(120); i > 0; i--) {
                page.append(pieces[random.nextInt(pieces.length)]).append(random.nextInt(4) == 0 ? "" : " ");
            }
            AnalyzedArticle a = analyzer.analyze(random.nextBoolean() ? null : "Title", page.toString());
            assertIndexed(a);
            a.sentences().forEach(s -> assertFalse(s.text().isBlank()));
            CueStanceJudge.standard().judge(page.substring(0, Math.min(80, page.length())), a.sentences());
        }
    }

    @Test
    void givesTheSameAnalysisFromManyThreads() {
        String page = Seeds.read(Seeds.SPUTNIK_002);
        AnalyzedArticle expected = analyzer.analyze(null, page);
        IntStream.range(0, 16).parallel().forEach(i -> assertEquals(expected, analyzer.analyze(null, page)));
    }
}
