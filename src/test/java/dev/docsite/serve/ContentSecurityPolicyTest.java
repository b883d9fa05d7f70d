package dev.docsite.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Which inline scripts a page's policy allows: the theme's always, those of the Markdown body only when asked. */
class ContentSecurityPolicyTest {

    private static final String THEME = "'sha256-Rfr3GgHZFiXm+TmNr+li+0sZ4J9FGllo8jsXcJF5XZ8='"; // theme()
    private static final String WRITER = "'sha256-TPIVNjT746rJd/LtMu0SzBf/Oh2vcbqofEX1ZGQK8I8='"; // writer()
    private static final String REST = "; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:;"
            + " connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";
    private static final String BODY = "<p>x</p><script>writer()</script><script>theme()</script>";
    private static final String PAGE = "<head><script>theme()</script><script src=\"a.js\"></script></head><main>"
            + BODY + "</main>";

    @Test
    void writerScriptsAreHashedOnlyWhenAllowed() {
        assertEquals("default-src 'self'; script-src 'self' " + THEME + " " + WRITER + REST,
                ContentSecurityPolicy.forHtml(PAGE, BODY, true));
        assertEquals("default-src 'self'; script-src 'self' " + THEME + REST,
                ContentSecurityPolicy.forHtml(PAGE, BODY, false));
    }

    @Test
    void withoutAKnownBodyEveryInlineScriptIsHashed() {
        assertEquals("default-src 'self'; script-src 'self' " + THEME + " " + WRITER + REST,
                ContentSecurityPolicy.forHtml(PAGE, null, false));
    }
}
