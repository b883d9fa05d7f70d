package dev.docsite.nav;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.docsite.links.UrlText;
import dev.docsite.nav.SidebarItem.CategoryItem;
import dev.docsite.nav.SidebarItem.DocItem;
import dev.docsite.nav.SidebarItem.HtmlItem;
import dev.docsite.nav.SidebarItem.LinkItem;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * One sidebar's whole tree as a script for the theme ({@code assets/sidebars/<n>.js}), from which {@code docsite.js}
 * fills a closed category when it is opened. It is a script setting {@code window.DOCSITE_SIDEBARS[n]} rather than
 * JSON because browsers refuse {@code fetch()} on pages opened from disk.
 *
 * <p>Each item is an object: {@code type} ({@code doc}, {@code link}, {@code html}, {@code category}), {@code label},
 * {@code url} (relative to the site root, percent-encoded as pages write it; external links as written),
 * {@code className} when given; a doc also {@code unlisted: true} (shown only on itself); a link
 * {@code external: true}; an HTML item {@code html} and {@code defaultStyle: true}; a category its {@code id} (the
 * number its closed {@code <details>} names), {@code collapsed: true}, {@code collapsible: false} and its
 * {@code items}. Properties with their default value are left out.
 */
final class SidebarData {

    private static final JsonFactory JSON = new JsonFactory();

    private SidebarData() {
    }

    static String script(SidebarIndex index, int sidebar) {
        StringWriter out = new StringWriter();
        out.write("window.DOCSITE_SIDEBARS = window.DOCSITE_SIDEBARS || {};\nwindow.DOCSITE_SIDEBARS[" + sidebar
                + "] = ");
        try (JsonGenerator json = JSON.createGenerator(out)) {
            items(json, index, index.sidebars().all().get(sidebar).items());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        out.write(";\n");
        return out.toString();
    }

    private static void items(JsonGenerator json, SidebarIndex index, List<SidebarItem> items) throws IOException {
        json.writeStartArray();
        for (SidebarItem item : items) {
            json.writeStartObject();
            if (item instanceof DocItem doc) {
                json.writeStringField("type", "doc");
                json.writeStringField("label", doc.shownLabel());
                json.writeStringField("url", UrlText.encodePath(doc.page().url()));
                if (!doc.page().listed()) {
                    json.writeBooleanField("unlisted", true);
                }
            } else if (item instanceof LinkItem link) {
                json.writeStringField("type", "link");
                json.writeStringField("label", link.label());
                json.writeStringField("url", link.internal() ? internal(link.href()) : link.href());
                if (!link.internal()) {
                    json.writeBooleanField("external", true);
                }
            } else if (item instanceof HtmlItem html) {
                json.writeStringField("type", "html");
                json.writeStringField("html", html.value());
                if (html.defaultStyle()) {
                    json.writeBooleanField("defaultStyle", true);
                }
            } else {
                category(json, index, (CategoryItem) item); // its class name before its items
            }
            if (!(item instanceof CategoryItem)) {
                className(json, className(item));
            }
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void category(JsonGenerator json, SidebarIndex index, CategoryItem category) throws IOException {
        json.writeStringField("type", "category");
        json.writeNumberField("id", index.id(category));
        json.writeStringField("label", category.label());
        if (category.linkUrl() != null) {
            json.writeStringField("url", UrlText.encodePath(category.linkUrl()));
        }
        if (category.collapsed()) {
            json.writeBooleanField("collapsed", true);
        }
        if (!category.collapsible()) {
            json.writeBooleanField("collapsible", false);
        }
        className(json, category.className());
        json.writeFieldName("items");
        items(json, index, category.items());
    }

    private static void className(JsonGenerator json, String className) throws IOException {
        if (className != null) {
            json.writeStringField("className", className);
        }
    }

    private static String className(SidebarItem item) {
        if (item instanceof DocItem doc) {
            return doc.className();
        }
        if (item instanceof LinkItem link) {
            return link.className();
        }
        return ((HtmlItem) item).className();
    }

    /** A site URL that may carry a query or fragment: only its path is encoded, as {@link SidebarView} does. */
    private static String internal(String siteUrl) {
        int cut = siteUrl.length();
        for (int i = 0; i < siteUrl.length(); i++) {
            if (siteUrl.charAt(i) == '#' || siteUrl.charAt(i) == '?') {
                cut = i;
                break;
            }
        }
        return UrlText.encodePath(siteUrl.substring(0, cut)) + siteUrl.substring(cut);
    }
}
