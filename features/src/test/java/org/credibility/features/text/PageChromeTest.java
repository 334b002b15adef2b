package org.credibility.features.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * HTML pages shaped like news sites: comment threads, share bars, related-article lists,
 * sidebars, navigation, footers and forms go by what the markup calls them; the article stays.
 * The chrome in these pages holds whole sentences, which the line rules of {@link TextCleaner}
 * alone would keep.
 */
class PageChromeTest {

    private static final String TITLE = "Strikes near al-Bab";
    private static final String FIRST = "The Russian Defence Ministry said on Wednesday that its warplanes struck 36 targets near al-Bab.";
    private static final String SECOND = "Turkish jets took part in the strikes, the ministry added, without giving their number.";
    private static final String ARTICLE = FIRST + "\n\n" + SECOND;
    private static final String SIDEBAR_SENTENCE = "Our reporters have covered the war in Syria since 2011.";

    private static CleanResult clean(String body) {
        return TextCleaner.standard().clean(TITLE, body);
    }

    @Test
    void aWordPressPageKeepsOnlyItsArticle() {
        CleanResult r = clean("<!DOCTYPE html><html><head><title>" + TITLE + "</title></head>"
                + "<body class=\"post-template-default single single-post has-sidebar\">"
                + "<header id=\"masthead\" class=\"site-header\"><p class=\"site-title\">The Daily Example</p>"
                + "<nav id=\"site-navigation\" class=\"main-navigation\"><ul><li><a href=\"/\">Home</a></li>"
                + "<li><a href=\"/world\">World</a></li></ul></nav></header>"
                + "<div id=\"content\" class=\"site-content\"><div id=\"primary\" class=\"content-area\">"
                + "<article id=\"post-42\" class=\"post-42 post type-post status-publish hentry category-world\">"
                + "<h1 class=\"entry-title\">" + TITLE + "</h1>"
                + "<div class=\"entry-content\"><p>" + FIRST + "</p><p>" + SECOND + "</p></div>"
                + "<div class=\"share-buttons\"><p>Did you like this story? Share it with your friends.</p>"
                + "<a href=\"#\">Facebook</a> <a href=\"#\">Twitter</a></div></article>"
                + "<aside class=\"related-posts\"><h3>More on Syria</h3>"
                + "<ul><li><a href=\"/a\">Turkey says its jets hit 20 targets.</a></li></ul></aside>"
                + "<div id=\"comments\" class=\"comments-area\"><h2 class=\"comments-title\">2 thoughts on “" + TITLE + "”</h2>"
                + "<ol class=\"comment-list\"><li id=\"comment-7\" class=\"comment\"><article class=\"comment-body\">"
                + "<footer class=\"comment-meta\"><b>Ivan</b> says:</footer>"
                + "<div class=\"comment-content\"><p>Great article!!!</p></div></article></li>"
                + "<li id=\"comment-8\" class=\"comment\"><article class=\"comment-body\"><div class=\"comment-content\">"
                + "<p>The strikes never happened, the whole thing was staged.</p></div></article></li></ol>"
                + "<div id=\"respond\" class=\"comment-respond\"><h3>Leave a Reply</h3><form class=\"comment-form\">"
                + "<p><label>Save my name, email, and website in this browser for the next time I comment.</label></p>"
                + "</form></div></div></div>"
                + "<div id=\"secondary\" class=\"sidebar\"><section class=\"widget\"><p>" + SIDEBAR_SENTENCE + "</p></section></div>"
                + "</div><footer id=\"colophon\" class=\"site-footer\"><p>Proudly powered by WordPress.</p></footer>"
                + "</body></html>");
        assertEquals(ARTICLE, r.text());
        // each repair once, first recorded in page order: the <nav>, the comments, the site footer; then the title
        assertEquals(List.of("html_stripped", "boilerplate_removed", "comments_removed", "footer_removed", "title_repeated"),
                r.repairs());
    }

    @Test
    void chromeInsideTheArticleContainerGoesToo() {
        CleanResult r = clean("<html><body><main id=\"main\" class=\"site-main\"><article class=\"post\">"
                + "<div class=\"entry-content\"><p>" + FIRST + "</p>"
                + "<div class=\"sharedaddy sd-sharing-enabled\"><h3>Share this:</h3><p>Like this? Tell your friends.</p></div>"
                + "<p>" + SECOND + "</p>"
                + "<div class='comments'><p>3 readers</p><p>Great article!!!</p><p>Russia lies, as always.</p></div>"
                + "</div></article></main></body></html>");
        assertEquals(ARTICLE, r.text());
        assertEquals(List.of("html_stripped", "boilerplate_removed", "comments_removed"), r.repairs());
    }

    @Test
    void classWordsMatchWholePartsOfANameOnly() {
        String shareholders = "Shareholders of the arms maker approved the merger on Tuesday, the company said.";
        String lead = "The ministry said the strikes near al-Bab would go on.";
        String navy = "A Turkish official confirmed that the two air forces had shared targets.";
        String mentions = "Readers left 300 comments under the ministry's statement, and related reports were shared widely.";
        CleanResult r = clean("<html><body><div class=\"shareholder-news\"><p>" + shareholders + "</p></div>"
                + "<p class=\"lead\">" + lead + "</p>"
                + "<div id=\"navy-story\" class=\"downloads_box\"><p>" + navy + "</p></div>"
                + "<p>" + mentions + "</p></body></html>");
        assertEquals(shareholders + "\n\n" + lead + "\n\n" + navy + "\n\n" + mentions, r.text());
        assertEquals(List.of("html_stripped"), r.repairs());
    }

    @Test
    void anArticleWhoseTagsAreChromeWordsStays() {
        CleanResult r = clean("<html><body>"
                + "<article id=\"post-7\" class=\"post type-post hentry tag-social-media category-comment\">"
                + "<p>" + FIRST + "</p><p>" + SECOND + "</p>"
                + "<div class=\"sharedaddy\"><p>Like this? Tell your friends.</p></div></article></body></html>");
        assertEquals(ARTICLE, r.text());
    }

    @Test
    void aLayoutWrapperHoldingTheMainContentStays() {
        CleanResult r = clean("<html><body><div class=\"page with-sidebar\">"
                + "<main><p>" + FIRST + "</p><p>" + SECOND + "</p></main>"
                + "<div class=\"sidebar-widgets\"><p>" + SIDEBAR_SENTENCE + "</p></div></div></body></html>");
        assertEquals(ARTICLE, r.text());
    }

    @Test
    void aLinkOrSpanMarkedAsChromeInsideASentenceKeepsItsWords() {
        CleanResult r = clean("<p>The ministry's <a class=\"related-link\" href=\"/r\">report</a> said "
                + "<span class=\"share-count\">36</span> targets were hit near al-Bab on Monday.</p>");
        assertEquals("The ministry's report said 36 targets were hit near al-Bab on Monday.", r.text());
    }

    @Test
    void landmarkRolesMarkChromeToo() {
        CleanResult r = clean("<html><body><div role=\"navigation\"><p>Skip to the latest news about the war in Syria.</p></div>"
                + "<div role=\"main\"><p>" + FIRST + "</p><p>" + SECOND + "</p></div>"
                + "<div role=\"complementary\"><p>" + SIDEBAR_SENTENCE + "</p></div>"
                + "<div role=\"contentinfo\"><p>Every photo on this site belongs to its owners.</p></div></body></html>");
        assertEquals(ARTICLE, r.text());
        assertEquals(List.of("html_stripped", "boilerplate_removed", "footer_removed"), r.repairs());
    }

    @Test
    void aSignUpFormGoes() {
        CleanResult r = clean("<html><body><p>" + FIRST + "</p>"
                + "<form action=\"/subscribe\"><p>Get the morning briefing in your inbox every day.</p>"
                + "<input type=\"email\" name=\"email\"><button>Sign up</button></form>"
                + "<p>" + SECOND + "</p></body></html>");
        assertEquals(ARTICLE, r.text());
    }

    /** ASP.NET WebForms wraps the whole page in one form. */
    @Test
    void aFormWrappingThePageStays() {
        CleanResult r = clean("<html><body><form method=\"post\" action=\"./story.aspx?id=7\" id=\"aspnetForm\">"
                + "<input type=\"hidden\" name=\"__VIEWSTATE\" value=\"dDwtMTA4\">"
                + "<div class=\"story-text\"><p>" + FIRST + "</p><p>" + SECOND + "</p></div>"
                + "<div class=\"newsletter\"><p>Get the morning briefing in your inbox every day.</p></div>"
                + "</form></body></html>");
        assertEquals(ARTICLE, r.text());
    }

    @Test
    void anEmptyAdSlotIsNoRepair() {
        CleanResult r = clean("<html><body><div class=\"ad-slot\" id=\"ad-300x250\"></div><p>" + FIRST + "</p></body></html>");
        assertEquals(FIRST, r.text());
        assertEquals(List.of("html_stripped"), r.repairs());
    }
}
