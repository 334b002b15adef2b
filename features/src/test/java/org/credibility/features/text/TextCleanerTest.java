package org.credibility.features.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextCleanerTest {

    private static final String ARTICLE = "Russian and Turkish warplanes conducted joint strikes against ISIS "
            + "terrorists near al-Bab in the Aleppo province on January 21, the Russian Defense Ministry said.";

    private static CleanResult clean(String body) {
        return TextCleaner.standard().clean(null, body);
    }

    @Test
    void cutsTheCommentThreadFromItsMarker() {
        CleanResult r = clean(ARTICLE + "\n\nSupport SouthFront\n\n\nNotify of\nNewest Most Voted\nInline Feedbacks\n"
                + "View all comments\nNore Ga\n\nTurkey needs help?! And Russia is helping?? Al Bab is not turkish ground!\n\n"
                + "It appears that Russia and Turkey have made an agreement.\n\nWould love your thoughts, please comment.x");
        assertEquals(ARTICLE, r.text());
        assertTrue(r.repairs().contains("comments_removed"));
    }

    @Test
    void aCommentMarkerBeforeAnyArticleTextDropsOnlyItsLine() {
        CleanResult r = clean("Comments (3)\n\n" + ARTICLE);
        assertEquals(ARTICLE, r.text());
    }

    @Test
    void cutsTheSiteFooterFromTheRepublicationNotice() {
        CleanResult r = clean(ARTICLE + "\n\nThe original source of this article is [South Front](#)  \n"
                + "Copyright © [South Front](#), [South Front](#), 2017\n\n---\n\n"
                + "**[Become a Member of Global Research](#)**\n\n**Disclaimer:** The contents of this article are of sole "
                + "responsibility of the author(s).");
        assertEquals(ARTICLE, r.text());
        assertTrue(r.repairs().contains("footer_removed"));
    }

    @Test
    void cutsTheRelatedHeadlinesList() {
        CleanResult r = clean(ARTICLE + "\n\nLatest Headlines\n\nTrump signs order. Markets fall.\n\nRussia denies it all.");
        assertEquals(ARTICLE, r.text());
    }

    @Test
    void cutsEverythingAfterAllRightsReserved() {
        CleanResult r = clean(ARTICLE + "\nAll rights reserved. You have permission to quote freely from the articles.\n"
                + "Consider donating to support our work\nKeep your language polite. Illegal content will be deleted.");
        assertEquals(ARTICLE, r.text());
    }

    @Test
    void dropsACreditLineAndTheOneSentenceCaptionRightAboveIt() {
        CleanResult r = clean(ARTICLE + "\n\nRussian Su-34 fighter-bomber aircraft carries out a strike against Daesh forces in Syria.\n"
                + "© Photo: Ministry of Defence of the Russian Federation\n"
                + "Rudskoy explained that Daesh has apparently decided to focus its efforts on capturing Deir ez-Zor.");
        assertEquals(ARTICLE + "\n\nRudskoy explained that Daesh has apparently decided to focus its efforts on capturing Deir ez-Zor.",
                r.text());
        assertTrue(r.repairs().contains("captions_removed"));
    }

    @Test
    void dropsCaptionsWithAnInlineCredit() {
        CleanResult r = clean("A Russian Air Force fighter jet sits on a runway at Russia's Khmeimim Air Base in western Syria. "
                + "Photo courtesy of Russian Ministry of Defense\n\n"
                + "A Sukhoi Su-27K fighter takes off from the heavy aircraft carrying cruiser Admiral Kuznetsov. © Oleg Lastochkin / Sputnik\n\n"
                + ARTICLE);
        assertEquals(ARTICLE, r.text());
    }

    @Test
    void replacesMarkdownLinksAndFormattingByTheirText() {
        CleanResult r = clean("# Syria: Russian and Turkish Strategic Bombers In Action\n\n*It's important to note that the operation "
                + "was coordinated with the [Syrian military](https://example.org/a \"title\").*");
        assertEquals("It's important to note that the operation was coordinated with the Syrian military.", r.text());
        assertTrue(r.repairs().containsAll(List.of("markdown_links", "markdown_formatting")));
    }

    @Test
    void stripsHtmlDroppingScriptsStylesAndNavigation() {
        CleanResult r = clean("<html><head><title>t</title><style>p{color:red}</style></head><body>"
                + "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
                + "<script>var ad = 'Russia denied everything.';</script>"
                + "<article><h1>Russia, Turkey carry out joint bombings in Syria</h1>"
                + "<p>Russia and Turkey have carried out their first joint airstrikes, Rudskoy&nbsp;said.</p>"
                + "<figure><img src='x.jpg'><figcaption>A jet on a runway.</figcaption></figure>"
                + "<div>The airstrikes were conducted near al-Bab &amp; Aleppo.<br>They hit 36 targets.</div></article>"
                + "<footer>Copyright 2017 UPI</footer></body></html>");
        assertEquals("Russia and Turkey have carried out their first joint airstrikes, Rudskoy said.\n\n"
                + "The airstrikes were conducted near al-Bab & Aleppo.\n\nThey hit 36 targets.", r.text());
        assertTrue(r.repairs().contains("html_stripped"));
    }

    @Test
    void decodesEntitiesInPlainText() {
        assertEquals("Russia & Turkey said \"yes\".", clean("Russia &amp; Turkey said &quot;yes&quot;.").text());
    }

    @Test
    void joinsAParagraphBrokenMidSentenceBySeed000Layout() {
        CleanResult r = clean("ISIS hit a Russian-made T-90 main battle tank near the village of Drehym on January 23. The crew was\n\n"
                + "reportedly killed. Further developments regarding the tank are unknown.");
        assertEquals("ISIS hit a Russian-made T-90 main battle tank near the village of Drehym on January 23. The crew was "
                + "reportedly killed. Further developments regarding the tank are unknown.", r.text());
        assertTrue(r.repairs().contains("paragraphs_joined"));
    }

    @Test
    void joinsAcrossAnAdvertisementLineInTheMiddleOfASentence() {
        assertEquals("The crew was reportedly killed.", clean("The crew was\nAdvertisement\nreportedly killed.").text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Support SouthFront", "0 $", "2,500 $", "Get short URL", "Advertisement",
        "Region: [Middle East & North Africa](#), [Russia and FSU](#)", "Theme: [Terrorism](#)", "In-depth Report: [SYRIA](#)",
        "Military & Intelligence", "video footage, combat operations, video, Daesh, Defense Ministry, Sergei Rudskoy, Syria, Russia",
        "10:27 GMT +321 February 2017", "Global Research, January 25, 2017", "[South Front](#) 24 January 2017",
        "Published: January 24, 2017, 9:08 am", "By Andrew V. Pestano", "By [South Front](#)",
        "Consider donating to support our work", "Help us to produce more articles like this. FreeWestMedia is depending on donations.",
        "Suburban Combat: Syrian Army Fights Islamists in Greater Damascus"})
    void dropsPageFurniture(String line) {
        CleanResult r = clean(line + "\n\n" + ARTICLE);
        assertEquals(ARTICLE, r.text());
        assertTrue(r.repairs().contains("boilerplate_removed"), r.repairs()::toString);
    }

    @Test
    void dropsLinesEqualToTheTitle() {
        String title = "Turkish State Media Releases Alleged Footage Of Joint Russian-Turkish Airstrikes Against ISIS Near Al-Bab";
        CleanResult r = TextCleaner.standard().clean(title, title + "\n\n" + ARTICLE + "\n\n" + title.toUpperCase() + ".");
        assertEquals(ARTICLE, r.text());
        assertTrue(r.repairs().contains("title_repeated"));
    }

    /** A headline feed (Emergent's reports): the body is the title, and is all the text there is. */
    @Test
    void keepsTheTitleWhenItIsTheWholeBody() {
        String headline = "Macaulay Culkin Dead?";
        CleanResult once = TextCleaner.standard().clean(headline, headline);
        assertEquals(headline, once.text());
        assertEquals(List.of(), once.repairs());
        CleanResult twice = TextCleaner.standard().clean(headline, headline + "\n\n" + headline);
        assertEquals(headline, twice.text());
        assertEquals(List.of("duplicates_removed"), twice.repairs());
    }

    @Test
    void dropsRepeatedParagraphs() {
        CleanResult r = clean(ARTICLE + "\n" + ARTICLE);
        assertEquals(ARTICLE, r.text());
        assertTrue(r.repairs().contains("duplicates_removed"));
    }

    @Test
    void keepsABodyWrittenWithoutAnyPunctuation() {
        assertEquals("Russia and Turkey strike ISIS near al-Bab again today",
                clean("Russia and Turkey strike ISIS near al-Bab again today").text());
    }

    @Test
    void unwrapsHardWrappedPlainText() {
        String wrapped = """
                Russia and Turkey have carried out their first joint coordinated
                airstrikes on Islamic State targets in Syria, Russian Lt. Gen. Sergei
                Rudskoy said. The airstrikes were conducted in the northern Syrian
                city of al-Bab in the province of Aleppo, and they were approved
                ahead of time by the Syrian government in Damascus on Wednesday.

                Rudskoy said the joint operation showed high effectiveness.
                """;
        CleanResult r = clean(wrapped);
        assertEquals(2, r.paragraphs().size());
        assertTrue(r.paragraphs().get(0).startsWith("Russia and Turkey have carried out their first joint coordinated airstrikes on"));
        assertTrue(r.repairs().contains("lines_unwrapped"));
    }

    @Test
    void emptyNullAndHugeInputsNeverThrow() {
        assertEquals("", clean(null).text());
        assertEquals("", clean("").text());
        assertEquals("", clean("  \n\n \t ").text());
        String huge = (ARTICLE + "\n\n").repeat(20_000) + "x".repeat(Markup.MAX_INPUT_CHARS);
        CleanResult r = clean(huge);
        assertEquals(ARTICLE, r.text());
        assertFalse(clean("<p></p><script>x</script>").text().contains("x"));
    }
}
