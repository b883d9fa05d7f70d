package dev.docsite.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
        assertEquals(3, e.line());
        assertEquals("<page.ftlh>:3: template error: Unexpected end of file reached. You have an unclosed #if. "
                + "Check if the FreeMarker end-tags are present, and aren't malformed. (Note that FreeMarker "
                + "end-tags must have # or @ after the / character.)",
                e.getMessage().replace(expectedFile, "<page.ftlh>"));
    }

    @Test
    void missingValueInOverrideNamesTheFileLineAndExpression() throws Exception {
        Files.writeString(siteTemplates.resolve("page.ftlh"), "<p>${page.title}</p>\n<p>${page.subtitle}</p>\n");

        TemplateRenderException e = assertThrows(TemplateRenderException.class,
                () -> new ThemeRenderer(siteTemplates).renderPage(SamplePages.SITE, SamplePages.riskScore()));

        assertEquals(2, e.line());
        assertEquals("<page.ftlh>:2: template error: The following has evaluated to null or missing: ==> "
                + "page.subtitle (optional values need a default: ${x!\"\"}, or test them with <#if x??>)",
                e.getMessage().replace(siteTemplates.toAbsolutePath().resolve("page.ftlh").toString(),
                "<page.ftlh>"));
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

        assertEquals("<page.ftlh>:1: template error: Template inclusion failed (for parameter value "
                + "\"partials/nope.ftlh\"): Template not found for name \"partials/nope.ftlh\".",
                e.getMessage().replace(siteTemplates.toAbsolutePath().resolve("page.ftlh").toString(),
                "<page.ftlh>"));
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
