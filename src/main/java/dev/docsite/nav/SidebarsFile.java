package dev.docsite.nav;

import dev.docsite.links.EditDistance;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * A sidebars file as problems name it: its display path, the line where an id is written (found by searching the
 * file's text, since evaluated JavaScript keeps no positions) and the ids closest to one that does not exist.
 *
 * @param path    the file, or {@code null} for Docusaurus's default sidebar (problems then name the docs folder)
 * @param display how problems name it
 */
record SidebarsFile(Path path, String display) {

    /** The 1-based line of the first quoted occurrence of {@code id}, or 0 when it cannot be found. */
    int lineOf(String id) {
        if (path == null) {
            return 0;
        }
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return 0;
        }
        for (String quote : List.of("'", "\"", "`")) {
            int at = text.indexOf(quote + id + quote);
            if (at >= 0) {
                int line = 1;
                for (int i = 0; i < at; i++) {
                    if (text.charAt(i) == '\n') {
                        line++;
                    }
                }
                return line;
            }
        }
        return 0;
    }

    /** Up to three existing ids closest to {@code id}, nearest first, as a phrase for a problem message. */
    static String closest(String id, Collection<String> ids) {
        int max = Math.max(3, id.length() / 3);
        String shortId = id.substring(id.lastIndexOf('/') + 1);
        List<String> near = ids.stream()
                .filter(c -> distance(id, shortId, c, max) <= max)
                .sorted(Comparator.comparingInt((String c) -> distance(id, shortId, c, max))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(3).toList();
        if (near.isEmpty()) {
            return ids.isEmpty() ? "the docs folder has no docs" : "no existing id is close to it";
        }
        return "closest existing ids: '" + String.join("', '", near) + "'";
    }

    /** A doc moved to another folder keeps its file name: such an id is as close as an exact match of the name. */
    private static int distance(String id, String shortId, String candidate, int max) {
        String candidateShort = candidate.substring(candidate.lastIndexOf('/') + 1);
        int whole = EditDistance.bounded(id, candidate, max);
        return candidateShort.equals(shortId) ? Math.min(whole, 1) : whole;
    }
}
