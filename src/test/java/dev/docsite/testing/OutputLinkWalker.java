package dev.docsite.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Walks every HTML file of a built site and lists internal {@code href}/{@code src} values that do not point to a
 * file of the output, or whose {@code #fragment} is not an id on the target page.
 */
public final class OutputLinkWalker {

    private OutputLinkWalker() {
    }

    /** @return one line per dead reference: {@code page.html: href -> why}; empty when all are good */
    public static List<String> deadReferences(Path out) {
        List<String> dead = new ArrayList<>();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path html : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                if (html.getFileName().toString().equals("404.html")) {
                    continue; // served at any depth; its links start from the base URL
                }
                Document doc = Jsoup.parse(Files.readString(html, StandardCharsets.UTF_8));
                for (Element e : doc.select("[href], [src]")) {
                    String ref = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                    String why = check(out, html, ref);
                    if (why != null) {
                        dead.add(out.relativize(html) + ": " + ref + " -> " + why);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dead;
    }

    private static String check(Path out, Path page, String ref) throws IOException {
        if (ref.isEmpty() || ref.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") || ref.startsWith("//")) {
            return null;
        }
        if (ref.startsWith("/")) {
            return "absolute path: breaks under a path prefix and from disk";
        }
        String fragment = null;
        String path = ref;
        int hash = path.indexOf('#');
        if (hash >= 0) {
            fragment = path.substring(hash + 1);
            path = path.substring(0, hash);
        }
        int q = path.indexOf('?');
        if (q >= 0) {
            path = path.substring(0, q);
        }
        Path target = path.isEmpty() ? page : page.getParent().resolve(URI.create("x/" + path.replace(" ", "%20"))
                .getPath().substring(2)).normalize();
        if (!target.startsWith(out)) {
            return "leaves the output folder";
        }
        if (Files.isDirectory(target)) {
            target = target.resolve("index.html");
        }
        if (!Files.isRegularFile(target)) {
            return "no such file " + out.relativize(target);
        }
        if (fragment != null && !fragment.isEmpty() && target.toString().endsWith(".html")) {
            Document doc = Jsoup.parse(Files.readString(target, StandardCharsets.UTF_8));
            String id = java.net.URLDecoder.decode(fragment.replace("+", "%2B"), StandardCharsets.UTF_8);
            if (doc.getElementById(id) == null && doc.select("[name=" + cssEscape(id) + "]").isEmpty()) {
                return "no id '" + id + "' in " + out.relativize(target);
            }
        }
        return null;
    }

    private static String cssEscape(String s) {
        return "\"" + s.replace("\"", "\\\"") + "\"";
    }
}
