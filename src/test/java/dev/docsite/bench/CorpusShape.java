package dev.docsite.bench;

import java.util.Locale;

/**
 * The knobs of a generated corpus, so that the benchmark measures a matrix of site shapes rather than the one shape
 * its changes were tuned on. {@link #DEFAULT} is the original handbook (about 20 sections, 60 to 120 body lines,
 * 5 to 10 links), byte for byte.
 *
 * @param pagesPerSection pages per top-level section (20 to 2,000), or 0 for the ~20 sections of the catalog
 * @param pageKb          target page size in KB (1 to 20, each page within ±25%), or 0 for 60 to 120 body lines
 * @param mix             what the body is made of beyond the one table, code block, list, admonition and image
 * @param depth           folder depth of the pages below the content folder (1: section/page.md; up to 4)
 * @param kpis            whether a third of the pages reference KPIs of the feed
 * @param links           links to other pages per page, or 0 for 5 to 10
 * @param anchorPercent   share of those links that name a heading ({@code #anchor})
 */
public record CorpusShape(int pagesPerSection, int pageKb, Mix mix, int depth, boolean kpis, int links,
                          int anchorPercent) {

    /** What fills a page beyond its fixed blocks. */
    public enum Mix { MIXED, PROSE, TABLES, CODE, LINKS }

    public static final CorpusShape DEFAULT = new CorpusShape(0, 0, Mix.MIXED, 1, true, 0, 35);

    public CorpusShape {
        if (pagesPerSection != 0 && (pagesPerSection < 1 || pagesPerSection > 100_000)) {
            throw new IllegalArgumentException("sections= must be 1 to 100000 pages per section, got " + pagesPerSection);
        }
        if (pageKb < 0 || pageKb > 64) {
            throw new IllegalArgumentException("kb= must be 1 to 64, got " + pageKb);
        }
        if (depth < 1 || depth > 4) {
            throw new IllegalArgumentException("depth= must be 1 to 4, got " + depth);
        }
        if (links < 0 || links > 200 || anchorPercent < 0 || anchorPercent > 100) {
            throw new IllegalArgumentException("links= must be 0 to 200 and anchors= 0 to 100");
        }
    }

    /**
     * Reads {@code key=value} pairs separated by commas, each overriding {@link #DEFAULT}: {@code sections=500},
     * {@code kb=4}, {@code mix=prose|tables|code|links|mixed}, {@code depth=2}, {@code kpis=yes|no}, {@code links=6},
     * {@code anchors=66}. An empty text or {@code default} is {@link #DEFAULT}.
     */
    public static CorpusShape parse(String text) {
        CorpusShape s = DEFAULT;
        if (text.isBlank() || text.equals("default")) {
            return s;
        }
        for (String pair : text.split(",")) {
            String[] kv = pair.split("=", 2);
            if (kv.length != 2) {
                throw new IllegalArgumentException("expected key=value in the shape, got '" + pair + "'");
            }
            String v = kv[1].trim();
            s = switch (kv[0].trim()) {
                case "sections" -> new CorpusShape(number(v), s.pageKb, s.mix, s.depth, s.kpis, s.links, s.anchorPercent);
                case "kb" -> new CorpusShape(s.pagesPerSection, number(v), s.mix, s.depth, s.kpis, s.links, s.anchorPercent);
                case "mix" -> new CorpusShape(s.pagesPerSection, s.pageKb, mix(v), s.depth, s.kpis, s.links, s.anchorPercent);
                case "depth" -> new CorpusShape(s.pagesPerSection, s.pageKb, s.mix, number(v), s.kpis, s.links, s.anchorPercent);
                case "kpis" -> new CorpusShape(s.pagesPerSection, s.pageKb, s.mix, s.depth, yes(v), s.links, s.anchorPercent);
                case "links" -> new CorpusShape(s.pagesPerSection, s.pageKb, s.mix, s.depth, s.kpis, number(v), s.anchorPercent);
                case "anchors" -> new CorpusShape(s.pagesPerSection, s.pageKb, s.mix, s.depth, s.kpis, s.links, number(v));
                default -> throw new IllegalArgumentException("unknown shape key '" + kv[0].trim()
                        + "' (sections, kb, mix, depth, kpis, links, anchors)");
            };
        }
        return s;
    }

    boolean isDefault() {
        return equals(DEFAULT);
    }

    private static int number(String v) {
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected a whole number in the shape, got '" + v + "'");
        }
    }

    private static Mix mix(String v) {
        try {
            return Mix.valueOf(v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("mix= must be mixed, prose, tables, code or links, got '" + v + "'");
        }
    }

    private static boolean yes(String v) {
        return switch (v) {
            case "yes", "true" -> true;
            case "no", "false" -> false;
            default -> throw new IllegalArgumentException("kpis= must be yes or no, got '" + v + "'");
        };
    }
}
