package dev.docsite.serve;

import dev.docsite.problem.Problem;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The problems overlay written by the server itself, for when the theme cannot render (a broken template): it is put
 * over the last good rendering of the page, or on a bare page when there is none. Same markup as the theme's
 * {@code partials/problems.ftlh}, so the theme's CSS and the live script treat both alike.
 */
final class OverlayHtml {

    private OverlayHtml() {
    }

    /** {@code html} with its overlay replaced by one listing {@code problems}. */
    static String inject(String html, List<Problem> problems) {
        Document doc = Jsoup.parse(html);
        Element old = doc.getElementById("docsite-problems");
        if (old != null) {
            old.remove();
        }
        doc.body().appendChild(overlay(problems));
        return doc.outerHtml();
    }

    /** A minimal page holding only the overlay (and the live script, so fixing the problem reloads it). */
    static String bare(String root, List<Problem> problems) {
        Document doc = Jsoup.parse("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Build problems</title></head><body><main><h1>This page cannot be shown</h1>"
                + "<p>Fix the problems below; the page reloads by itself.</p></main></body></html>");
        doc.head().appendElement("link").attr("rel", "stylesheet").attr("href", root + "assets/docsite.css");
        doc.body().appendChild(overlay(problems));
        doc.body().appendElement("script").attr("src", root + "__docsite/live.js");
        return doc.outerHtml();
    }

    private static Element overlay(List<Problem> problems) {
        Element section = new Element("section").id("docsite-problems").addClass("problems-overlay")
                .attr("aria-label", "Build problems").attr("aria-live", "polite");
        Element header = section.appendElement("header").addClass("problems-header");
        header.appendElement("strong").addClass("problems-count")
                .text(problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + " on this page");
        header.appendElement("button").attr("type", "button").addClass("problems-close")
                .attr("aria-label", "Hide problems").text("\u00d7");
        Element list = section.appendElement("ol").addClass("problems-list");
        for (Problem p : problems) {
            Element li = list.appendElement("li").addClass("problem").addClass("problem-" + p.severity().label());
            String where = p.file() == null ? "" : p.file() + (p.line() > 0 ? ":" + p.line()
                    + (p.column() > 0 ? ":" + p.column() : "") : "");
            li.appendElement("span").addClass("problem-location").text(where);
            li.appendText(" ");
            li.appendElement("span").addClass("problem-severity").text(p.severity().label());
            li.appendText(" ");
            li.appendElement("span").addClass("problem-message").text(p.message());
            li.appendText(" ");
            li.appendElement("code").addClass("problem-code").text(p.code().id());
        }
        return section;
    }
}
