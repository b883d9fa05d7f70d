package dev.docsite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.docsite.config.SiteConfig;
import dev.docsite.docusaurus.ColorMode;
import dev.docsite.docusaurus.Footer;
import dev.docsite.docusaurus.FooterColumn;
import dev.docsite.docusaurus.FooterLink;
import dev.docsite.docusaurus.Logo;
import dev.docsite.docusaurus.Navbar;
import dev.docsite.docusaurus.NavbarItem;
import dev.docsite.docusaurus.ThemeConfig;
import dev.docsite.testing.TestSite;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A built page of a site with a Docusaurus {@code themeConfig}: its navbar, footer and head, exactly. */
class ChromeRenderingTest {

    @TempDir
    Path dir;

    private TestSite site;

    private static final String NAVBAR = """
<header class="navbar">
<button type="button" class="menu-toggle" aria-controls="navbar-menu sidebar" aria-expanded="false" aria-label="Open the navigation menu">
<span class="menu-toggle-icon" aria-hidden="true"></span>
</button>
<a class="navbar-brand" href="../../../">
<img class="navbar-logo" src="../../../img/logo.svg" alt="Logo" width="32">
<span class="navbar-title">Docs &amp; Co</span>
</a>
<nav class="navbar-menu navbar-menu-with-sidebar" id="navbar-menu" aria-label="Main">
<ul class="navbar-items navbar-items-left">
<li class="navbar-item"><a class="navbar-link" href="../../../guides/setup/">Guides &lt;new&gt;</a></li>
<li class="navbar-item navbar-dropdown">
<details>
<summary class="navbar-link navbar-dropdown-toggle navbar-link-active">More</summary>
<ul class="navbar-dropdown-menu">
<li class="navbar-dropdown-item"><a class="navbar-dropdown-link navbar-dropdown-link-active" href="../../../guides/deep/nested/" aria-current="page">guides/deep/nested</a></li>
<li class="navbar-dropdown-item"><a class="navbar-dropdown-link" href="https://forum.example.com" target="_blank" rel="noopener noreferrer">Forum</a></li>
</ul>
</details>
</li>
</ul>
<ul class="navbar-items navbar-items-right">
<li class="navbar-item navbar-html"><span class="beta">beta</span></li>
<li class="navbar-item navbar-search">
<div class="search" role="search">
<input type="search" id="search-input" class="search-input" placeholder="Search" aria-label="Search the documentation" autocomplete="off" spellcheck="false" role="combobox" aria-controls="search-results" aria-expanded="false" aria-autocomplete="list">
<ul id="search-results" class="search-results" role="listbox" aria-label="Search results" hidden></ul>
<script src="../../../assets/search.js" defer></script>
</div>
</li>
</ul>
</nav>
<div class="navbar-end">
</div>
</header>""";

    private static final String FOOTER = """
<footer class="site-footer site-footer-configured site-footer-dark">
<div class="footer-columns">
<div class="footer-column">
<p class="footer-column-title">Docs</p>
<ul class="footer-links">
<li class="footer-item"><a class="footer-link" href="../../../guides/setup/">Setup</a></li>
<li class="footer-item"><a class="footer-link" href="https://github.com/x" target="_blank" rel="noopener noreferrer">GitHub</a></li>
</ul>
</div>
</div>
<div class="footer-bottom">
<div class="footer-copyright">Copyright © 2026 <b>Example</b></div>
</div>
</footer>""";

    @BeforeEach
    void write() {
        site = new TestSite(dir);
        site.file("site.yml", "title: Test Docs\n");
        site.page("index.md", "title: Home", "Welcome.\n");
        site.page("guides/setup.md", "title: Setup", "Text.\n");
        site.page("guides/deep/nested.md", "title: Nested", "Text.\n");
        site.file("static/img/logo.svg", "<svg/>");
        site.file("static/img/favicon.ico", "ico");
        site.file("static/img/card.png", "png");
    }

    static SiteConfig themed(SiteConfig c, ThemeConfig theme) {
        return c.toBuilder().url("https://docs.example.com").baseUrl("/site/").theme(theme).notices(List.of()).build();
    }

    static NavbarItem item(String type, String label, String position, String to, String href, String docId,
                           String html, List<NavbarItem> items) {
        return NavbarItem.builder().type(type).label(Optional.ofNullable(label)).position(position)
                .to(Optional.ofNullable(to)).href(Optional.ofNullable(href)).docId(Optional.ofNullable(docId))
                .html(Optional.ofNullable(html)).items(items).build();
    }

    static ThemeConfig theme() {
        Navbar navbar = new Navbar(Optional.of("Docs & Co"), Optional.of(new Logo("img/logo.svg", Optional.empty(),
                Optional.of("Logo"), Optional.empty(), Optional.of("32"), Optional.empty())), List.of(
                item("default", "Guides <new>", "left", "/guides/setup", null, null, null, List.of()),
                item("dropdown", "More", "left", null, null, null, null, List.of(
                        item("doc", null, "left", null, null, "guides/deep/nested", null, List.of()),
                        item("default", "Forum", "left", null, "https://forum.example.com", null, null, List.of()))),
                item("html", null, "right", null, null, null, "<span class=\"beta\">beta</span>", List.of()),
                item("search", null, "right", null, null, null, null, List.of())));
        Footer footer = new Footer("dark", List.of(new FooterColumn(Optional.of("Docs"), List.of(
                new FooterLink(Optional.of("Setup"), Optional.of("/guides/setup"), Optional.empty(), Optional.empty()),
                new FooterLink(Optional.of("GitHub"), Optional.empty(), Optional.of("https://github.com/x"),
                        Optional.empty())))),
                Optional.of("Copyright © 2026 <b>Example</b>"), Optional.empty());
        return new ThemeConfig(navbar, Optional.of(footer), new ColorMode("dark", true, false),
                Optional.of("img/card.png"), Optional.of("img/favicon.ico"));
    }

    @Test
    void theNavbarAndFooterOfANestedPageExactly() {
        BuildResult result = site.build(themed(site.config(), theme()));
        assertFalse(result.failed(), result.failure());
        String html = site.read("guides/deep/nested/index.html");
        assertEquals(NAVBAR, html.substring(html.indexOf("<header"), html.indexOf("</header>") + 9));
        assertEquals(FOOTER, html.substring(html.indexOf("<footer"), html.indexOf("</footer>") + 9));
    }

    @Test
    void theHeadCarriesFaviconSocialCardAndTheFixedDefaultMode() {
        BuildResult result = site.build(themed(site.config(), theme()));
        assertFalse(result.failed(), result.failure());
        Document page = site.html("guides/deep/nested/index.html");
        assertEquals("../../../img/favicon.ico", page.selectFirst("link[rel=icon]").attr("href"));
        assertEquals("https://docs.example.com/site/img/card.png",
                page.selectFirst("meta[property=og:image]").attr("content"));
        assertEquals("https://docs.example.com/site/img/card.png",
                page.selectFirst("meta[name=twitter:image]").attr("content"));
        assertEquals("dark", page.selectFirst("html").attr("data-theme"), "the default mode without JavaScript");
        assertEquals(List.of("../../../assets/docsite.css"), page.select("link[rel=stylesheet]").eachAttr("href"),
                "one render-blocking stylesheet: docsite.js adds highlight.js's themes where there is code");
        assertNull(page.selectFirst(".theme-toggle"), "disableSwitch hides the switch");
        Document notFound = site.html("404.html");
        assertEquals("/site/guides/setup/", notFound.selectFirst(".navbar-items-left .navbar-link").attr("href"));
        assertEquals("/site/img/favicon.ico", notFound.selectFirst("link[rel=icon]").attr("href"));
    }
}
