package org.credibility.features.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** HTML as crawled: its text is kept, nothing of script, style and the like, and no tag. */
class HostileMarkupTest {
    private static CleanResult clean(String body) {
        return TextCleaner.standard().clean(null, body);
    }

    @Test
    void scriptAndStyleLeaveNothingBehind() {
        CleanResult r = clean("<html><head><style>p { color: red } .STYLE-LEAK {}</style>"
                + "<script>var leak = \"SCRIPT-LEAK-ONE\";</script></head><body>"
                + "<p>The defence ministry said on Monday that forty aircraft took part in the strikes.</p>"
                + "<SCRIPT type=\"text/javascript\">document.write(\"<p>SCRIPT-LEAK-TWO</p>\")</SCRIPT>"
                + "<p>Officials added that the operation would continue for <b>several</b> more days.</p>"
                + "<noscript>NOSCRIPT-LEAK</noscript><iframe src=\"x\">IFRAME-LEAK</iframe></body></html>");
        assertEquals("The defence ministry said on Monday that forty aircraft took part in the strikes.\n\n"
                + "Officials added that the operation would continue for several more days.", r.text());
        assertTrue(r.repairs().contains("html_stripped"));
    }

    @Test
    void aBodyOfOnlyScriptIsEmpty() {
        assertEquals("", clean("<script>var x = \"SCRIPT-LEAK\";</script><style>.x{}</style>").text());
    }

    @Test
    void anUnclosedScriptSwallowsTheRestRatherThanLeakingCode() {
        CleanResult r = clean("<p>The mayor said the port handled nine thousand containers.</p><script>var a = 1;");
        assertEquals("The mayor said the port handled nine thousand containers.", r.text());
    }

    @Test
    void entitiesAreDecodedAndCommentsDropped() {
        CleanResult r = clean("<p>The minister said &quot;no&quot; to the plan &amp; left.</p><!-- COMMENT-LEAK -->");
        assertEquals("The minister said \"no\" to the plan & left.", r.text());
    }
}
