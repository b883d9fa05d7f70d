package dev.docsite.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The golden comparison fails on a one-character change and says where: file, line, column and both lines. The
 * checked-in golden files themselves are perturbed by one character to show that each kind of golden test would
 * catch it.
 */
class GoldenTest {

    @BeforeEach
    void notWhileUpdating() {
        // Updating writes what it is given: these tests hand it perturbed output on purpose.
        assumeFalse(Golden.updating(), "golden files are being regenerated");
    }

    @Test
    void reportsTheFirstDifferingLineAndColumn() {
        assertEquals("a.html:2:4: output differs from the golden file\n  expected: <p>x</p>\n  actual:   <p>y</p>\n"
                        + "  if the change is intended, run mvn -B test -Dgolden.update=true",
                Golden.difference("a.html", "<h1>t</h1>\n<p>x</p>\n", "<h1>t</h1>\n<p>y</p>\n"));
    }

    @Test
    void ignoresOnlyTrailingNewlines() {
        assertNull(Golden.difference("a", "x\n", "x\n\n"));
        assertNull(Golden.difference("a", "x", "x\n"));
        assertEquals("a:1:2: output differs from the golden file\n  expected: x\n  actual:   x \n"
                + "  if the change is intended, run mvn -B test -Dgolden.update=true", Golden.difference("a", "x", "x "));
    }

    @Test
    void reportsAMissingLastLine() {
        assertEquals("a:2:1: output differs from the golden file\n  expected: y\n  actual:   (end of file)\n"
                + "  if the change is intended, run mvn -B test -Dgolden.update=true", Golden.difference("a", "x\ny", "x"));
    }

    @Test
    void showsAnExcerptOfLongLines() {
        String expected = "a".repeat(200) + "b" + "c".repeat(200);
        String actual = "a".repeat(200) + "B" + "c".repeat(200);
        assertEquals("f:1:201: output differs from the golden file\n"
                        + "  expected: …" + "a".repeat(60) + "b" + "c".repeat(59) + "…\n"
                        + "  actual:   …" + "a".repeat(60) + "B" + "c".repeat(59) + "…\n"
                        + "  if the change is intended, run mvn -B test -Dgolden.update=true",
                Golden.difference("f", expected, actual));
    }

    @Test
    void aMarkdownCaseFailsOnAOneCharacterChange() {
        Path expected = Golden.ROOT.resolve("markdown/admonitions/titles/expected.html");
        String output = Golden.read(expected).replace("Pro <strong>tip", "Pro <strong>tap");
        AssertionError e = assertThrows(AssertionError.class, () -> Golden.assertText(expected, output));
        assertEquals(expected + ":2:42: output differs from the golden file", e.getMessage().lines().findFirst().get());
    }

    @Test
    void anInvalidSiteFixtureFailsOnAOneCharacterChangeOfItsProblems() {
        Path expected = Golden.ROOT.resolve("invalid/broken-anchor/expected-problems.txt");
        String output = Golden.read(expected).replace("content/index.md:7:17:", "content/index.md:7:18:");
        AssertionError e = assertThrows(AssertionError.class, () -> Golden.assertText(expected, output));
        assertEquals(expected + ":1:21: output differs from the golden file", e.getMessage().lines().findFirst().get());
    }

    @Test
    void theSampleSiteFailsOnAOneCharacterChangeOfAnyPage() {
        Path expected = Golden.ROOT.resolve("sample-site");
        SortedMap<String, byte[]> output = Golden.readTree(expected);
        String page = "guides/role-based-guide-appsec-manager/index.html";
        String html = new String(output.get(page), StandardCharsets.UTF_8);
        output.put(page, html.replaceFirst(">AppSec Manager Guide<", ">AppSec Manager Guido<")
                .getBytes(StandardCharsets.UTF_8));
        AssertionError e = assertThrows(AssertionError.class, () -> Golden.assertTree(expected, output));
        String line = html.lines().filter(l -> l.contains(">AppSec Manager Guide<")).findFirst().get();
        int lineNumber = html.lines().toList().indexOf(line) + 1;
        assertEquals(expected.resolve(page) + ":" + lineNumber + ":" + (line.indexOf(">AppSec Manager Guide<") + 21)
                + ": output differs from the golden file", e.getMessage().lines().skip(1).findFirst().get());
    }

    @Test
    void aTreeFailsOnAMissingAndOnAnExtraFile() {
        Path expected = Golden.ROOT.resolve("sample-site");
        SortedMap<String, byte[]> output = new TreeMap<>(Golden.readTree(expected));
        output.remove("sitemap.xml");
        output.put("extra.html", new byte[0]);
        AssertionError e = assertThrows(AssertionError.class, () -> Golden.assertTree(expected, output));
        assertEquals(java.util.List.of(
                        "2 golden file(s) differ from the output; if the change is intended, run mvn -B test -Dgolden.update=true",
                        expected.resolve("extra.html") + ": produced but not expected (extra file)",
                        expected.resolve("sitemap.xml") + ": expected but not produced (missing file)"),
                e.getMessage().lines().toList());
    }

    @Test
    void aBinaryFileFailsOnAOneByteChange(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', (byte) 0xff});
        SortedMap<String, byte[]> output = new TreeMap<>();
        output.put("logo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', (byte) 0xfe});
        AssertionError e = assertThrows(AssertionError.class, () -> Golden.assertTree(dir, output));
        assertEquals(dir.resolve("logo.png") + ": binary content differs from the output",
                e.getMessage().lines().skip(1).findFirst().get());
    }
}
