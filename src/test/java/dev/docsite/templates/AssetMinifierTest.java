package dev.docsite.templates;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AssetMinifierTest {

    @Test
    void cssLosesCommentsAndTheSpaceAroundBracesSemicolonsAndCommas() {
        assertEquals(".a,.b>.c{color:red;margin:0 auto}@media screen and (max-width:600px){.a{display:none}}",
                AssetMinifier.css("/* theme */\n.a,\n.b > .c {\n  color: red;\n  margin: 0  auto;\n}\n\n"
                        + "@media screen and (max-width: 600px) {\n  .a { display: none; }\n}\n"));
    }

    @Test
    void cssKeepsStringsTheSpaceBeforeAParenthesisAndAroundCalcOperators() {
        assertEquals(".x::before{content:\"#  /* not a comment */ \";width:calc(100% - 2rem)}.y :focus{a:b}",
                AssetMinifier.css(".x::before { content: \"#  /* not a comment */ \"; width: calc(100% - 2rem); }\n"
                        + ".y :focus { a: b }"));
    }

    @Test
    void javascriptLosesCommentLinesBlankLinesAndIndentationButKeepsLineBreaks() {
        assertEquals("(function () {\nvar a = 1; // kept: after code\nif (a) {\nreturn '/* text */';\n}\n})();\n",
                AssetMinifier.js("/* header\n   comment */\n(function () {\n  // a note\n\n  var a = 1; // kept: after code\n"
                        + "  /** doc */\n  if (a) {\n    return '/* text */';\n  }\n})();\n"));
    }

    @Test
    void aScriptWithATemplateLiteralAndMinifiedFilesAreLeftAsTheyAre() {
        String script = "var s = `a\n    b`;\n";
        assertEquals(script, AssetMinifier.js(script));
        byte[] min = "  .a { b: c }  ".getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(min, AssetMinifier.minify("vendor/x.min.css", min));
        assertArrayEquals(min, AssetMinifier.minify("logo.svg", min));
        assertEquals(".a{b:c}", new String(AssetMinifier.minify("x.css", min), StandardCharsets.UTF_8));
    }
}
