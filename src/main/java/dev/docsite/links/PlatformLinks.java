package dev.docsite.links;

import dev.docsite.config.LinkBase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Links into documentation published elsewhere ({@code links:} in site.yml): a link whose site path falls under a
 * configured prefix and has no local page goes to that site, and is checked against its page list when one is given.
 */
public final class PlatformLinks {

    /** A configured base with its known pages ({@code null} when no index file was given). */
    private record Base(LinkBase config, Set<String> known) {
    }

    /** Result of matching a site path against the bases. */
    public record Match(String url, boolean known, LinkBase base) {
    }

    private final List<Base> bases;

    private PlatformLinks(List<Base> bases) {
        this.bases = bases;
    }

    public static PlatformLinks load(List<LinkBase> configs) throws IOException {
        List<Base> bases = new java.util.ArrayList<>();
        for (LinkBase c : configs) {
            bases.add(new Base(c, c.index() == null ? null : readIndex(c)));
        }
        return new PlatformLinks(List.copyOf(bases));
    }

    public static PlatformLinks none() {
        return new PlatformLinks(List.of());
    }

    /**
     * @param sitePath resolved site path without leading slash ({@code platform/risk-score})
     * @return the external URL, or {@code null} when no base covers the path
     */
    public Match match(String sitePath) {
        String path = trim(sitePath);
        for (Base b : bases) {
            String prefix = b.config().prefix();
            if (path.equals(prefix) || path.startsWith(prefix + "/")) {
                String rest = path.length() == prefix.length() ? "" : path.substring(prefix.length() + 1);
                boolean known = b.known() == null || b.known().contains(trim(rest));
                return new Match(b.config().base() + rest, known, b.config());
            }
        }
        return null;
    }

    private static Set<String> readIndex(LinkBase c) throws IOException {
        String text = Files.readString(c.index(), StandardCharsets.UTF_8);
        Set<String> known = new HashSet<>();
        if (c.index().getFileName().toString().endsWith(".xml")) {
            Document doc = Jsoup.parse(text, "", Parser.xmlParser());
            for (Element loc : doc.select("loc")) {
                String u = loc.text().strip();
                known.add(trim(u.startsWith(c.base()) ? u.substring(c.base().length()) : u.replaceFirst("^https?://[^/]+/", "")));
            }
        } else {
            for (String line : text.split("\n")) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    known.add(trim(s));
                }
            }
        }
        return known;
    }

    private static String trim(String p) {
        return UrlPaths.trimSlashes(p);
    }
}
