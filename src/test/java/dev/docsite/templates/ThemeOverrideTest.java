package dev.docsite.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThemeOverrideTest {

    @TempDir
    Path siteTemplates;

    @Test
    void siteTemplateReplacesTheBuiltInOne() throws Exception {
        Files.writeString(siteTemplates.resolve("page.ftlh"), "<p id=\"custom\">${page.title} on ${site.title}</p>");

        String html = new ThemeRenderer(siteTemplates).renderPage(SamplePages.SITE, SamplePages.riskScore());

        assertEquals("<p id=\"custom\">Risk Score on Conviso Docs</p>", html);
    }

    @Test
    void overridingOnePartialKeepsTheRestOfTheBuiltInTheme() throws Exception {
        Files.createDirectories(siteTemplates.resolve("partials"));
        Files.writeString(siteTemplates.resolve("partials/footer.ftlh"),
                "<footer class=\"site-footer\">Custom footer for ${site.title}</footer>");

        Document doc = Jsoup.parse(new ThemeRenderer(siteTemplates).renderPage(SamplePages.SITE, SamplePages.riskScore()));

        assertEquals("Custom footer for Conviso Docs", doc.selectFirst(".site-footer").text());
        assertEquals("Risk Score", doc.selectFirst("h1").text(), "built-in page and layout still used");
    }

    @Test
    void overrideTemplatesStillAutoEscape() throws Exception {
        Files.writeString(siteTemplates.resolve("page.ftlh"), "<h1>${page.title}</h1>");
        PageView hostile = SamplePages.withTitle(SamplePages.riskScore(), "<img src=x onerror=alert(1)>", null);

        String html = new ThemeRenderer(siteTemplates).renderPage(SamplePages.SITE, hostile);

        assertEquals("<h1>&lt;img src=x onerror=alert(1)&gt;</h1>", html);
    }

    @Test
    void syntaxErrorInOverrideNamesTheFileAndLine() throws Exception {
        Files.writeString(siteTemplates.resolve("page.ftlh"), "<p>ok</p>\n<#if page.title>\n<p>never closed</p>\n");

        TemplateRenderException e = assertThrows(TemplateRenderException.class,
                () -> new ThemeRenderer(siteTemplates).renderPage(SamplePages.SITE, SamplePages.riskScore()));

        String expectedFile = siteTemplates.toAbsolutePath().resolve("page.ftlh").toString();
        assertEquals(expectedFile, e.templateFile());
        assertTrue(e.getMessage().startsWith(expectedFile + ":"), e.getMessage());
        assertTrue(e.line() > 0, "line known");
        assertFalse(e.getMessage().contains("\tat "), "no Java stack trace in the message");
        assertTrue(e.getMessage().lines().count() <= 2, e.getMessage());
    }

    @Test
    void missingValueInOverrideNamesTheFileLineAndExpression() throws Exception {
        Files.writeString(siteTemplates.resolve("page.ftlh"), "<p>${page.title}</p>\n<p>${page.subtitle}</p>\n");

        TemplateRenderException e = assertThrows(TemplateRenderException.class,
                () -> new ThemeRenderer(siteTemplates).renderPage(SamplePages.SITE, SamplePages.riskScore()));

        assertEquals(2, e.line());
        assertTrue(e.getMessage().startsWith(siteTemplates.toAbsolutePath().resolve("page.ftlh") + ":2: "), e.getMessage());
        assertTrue(e.getMessage().contains("page.subtitle"), e.getMessage());
        assertFalse(e.getMessage().contains("FTL stack trace"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void errorInAnIncludedOverridePartialNamesThePartial() throws Exception {
        Files.createDirectories(siteTemplates.resolve("partials"));
        Files.writeString(siteTemplates.resolve("partials/tags.ftlh"), "\n\n${page.tags?nonsense}\n");

        TemplateRenderException e = assertThrows(TemplateRenderException.class,
                () -> new ThemeRenderer(siteTemplates).renderPage(SamplePages.SITE, SamplePages.riskScore()));

        assertEquals(siteTemplates.toAbsolutePath().resolve("partials/tags.ftlh").toString(), e.templateFile());
        assertEquals(3, e.line());
    }

    @Test
    void missingIncludeIsReportedAsTemplateNotFound() throws Exception {
        Files.writeString(siteTemplates.resolve("page.ftlh"), "<#include \"partials/nope.ftlh\">");

        TemplateRenderException e = assertThrows(TemplateRenderException.class,
                () -> new ThemeRenderer(siteTemplates).renderPage(SamplePages.SITE, SamplePages.riskScore()));

        assertTrue(e.getMessage().contains("partials/nope.ftlh"), e.getMessage());
        assertEquals(1, e.line());
    }

    @Test
    void javaClassesCannotBeInstantiatedFromTemplates() throws Exception {
        Files.writeString(siteTemplates.resolve("page.ftlh"),
                "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}");

        TemplateRenderException e = assertThrows(TemplateRenderException.class,
                () -> new ThemeRenderer(siteTemplates).renderPage(SamplePages.SITE, SamplePages.riskScore()));

        assertEquals(1, e.line());
    }
}
