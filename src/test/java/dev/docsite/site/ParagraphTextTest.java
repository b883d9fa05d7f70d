package dev.docsite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** A paragraph's text read without a parser: jsoup's text where it reads the HTML, else no answer. */
class ParagraphTextTest {

    @Test
    void textTagsAndTheFourEntitiesAsJsoupGivesThem() {
        assertEquals("Risk & reward: see the score <1> \"now\".", ParagraphText.of(
                "Risk &amp; reward:\nsee  <a href=\"x/?a=1&amp;b=<2>\" title='it&apos;s'>the <em>score</em></a>"
                        + " &lt;1&gt; &quot;now&quot;."));
        assertEquals("a b", ParagraphText.of(" \n a <strong> \n b</strong> \n"));
        assertEquals("x", ParagraphText.of("<img src=\"i.png\" alt=\"not text\" />x"));
        assertEquals("", ParagraphText.of(" <span></span> "));
    }

    @Test
    void anythingElseIsLeftToJsoup() {
        for (String html : List.of("a<br />b", "a<div>b</div>", "<!-- c -->a", "a &nbsp; b", "a &#39; b", "a\tb",
                "a\u00a0b", "soft\u00adhyphen", "zero\u200bwidth", "<A href=\"x\">a</A>", "<a\nhref=\"x\">a</a>",
                "a < b", "<a href=\"unclosed>a", "a &amp b", "<del>a</del>b", "<em>a</b>", "<em>a", "<span />a",
                "<a href=\"x\">a <a href=\"y\">b</a></a>")) {
            assertNull(ParagraphText.of(html), html);
        }
    }

    @Test
    void whereItAnswersJsoupAgrees() {
        Random random = new Random(20);
        int answered = 0;
        for (int round = 0; round < 5_000; round++) {
            StringBuilder html = new StringBuilder();
            fragment(random, html, 3);
            String ours = ParagraphText.of(html);
            if (ours != null) {
                answered++;
                String jsoup = Jsoup.parseBodyFragment("<p>" + html + "</p>").text();
                assertEquals(jsoup, ours, html.toString());
            }
        }
        assertEquals(true, answered > 2_500, "most random paragraphs are read: " + answered);
    }

    private static final List<String> TEXT = List.of(" ", "\n", "  ", "word", "Ünï", "😀", "&amp;", "&lt;", "&gt;",
            "&quot;", "'", ">", "<img src=\"x.png\" alt=\"alt\" />", "\n ");
    private static final List<String> ODD = List.of("&", "<br>", "\t", "</i>", "<p>", "&nbsp;", "<b/>", "<div>");
    private static final List<String[]> ELEMENTS = List.of(new String[] {"<em>", "</em>"},
            new String[] {"<code>", "</code>"}, new String[] {"<a href=\"a b/\">", "</a>"},
            new String[] {"<a title='x > y'>", "</a>"}, new String[] {"<strong>", "</strong>"},
            new String[] {"<span class=\"kpi\">", "</span>"}, new String[] {"<sup>", "</sup>"},
            new String[] {"<del>", "</del>"}, new String[] {"<kbd>", "</kbd>"}, new String[] {"<b>", "</b>"});

    /** Text and nested inline elements, now and then something {@link ParagraphText} leaves to jsoup. */
    private static void fragment(Random random, StringBuilder html, int depth) {
        for (int k = random.nextInt(6); k >= 0; k--) {
            int pick = random.nextInt(20);
            if (pick == 0) {
                html.append(ODD.get(random.nextInt(ODD.size())));
            } else if (pick < 6 && depth > 0) {
                String[] element = ELEMENTS.get(random.nextInt(ELEMENTS.size()));
                html.append(element[0]);
                fragment(random, html, depth - 1);
                html.append(element[1]);
            } else {
                html.append(TEXT.get(random.nextInt(TEXT.size())));
            }
        }
    }
}
