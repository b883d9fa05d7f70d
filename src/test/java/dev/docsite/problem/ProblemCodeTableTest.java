package dev.docsite.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's problem-code table is the documentation of {@link ProblemCode}: same codes, same meanings, same order. */
class ProblemCodeTableTest {

    private static final Pattern ROW = Pattern.compile("^\\| `([a-z-]+)` \\| (.+) \\|$");

    @Test
    void readmeTableListsEveryCodeWithItsMeaningAndNothingElse() throws IOException {
        Map<String, String> inCode = new LinkedHashMap<>();
        for (ProblemCode c : ProblemCode.values()) {
            inCode.put(c.id(), c.meaning());
        }
        assertEquals(inCode, readmeTable());
        assertEquals(List.copyOf(inCode.keySet()), List.copyOf(readmeTable().keySet()));
    }

    @Test
    void printsAsItsId() {
        assertEquals("link-outside-site", ProblemCode.LINK_OUTSIDE_SITE.toString());
    }

    /** The rows of the table headed {@code | code | meaning |}, code to meaning; a row of another shape fails. */
    private static Map<String, String> readmeTable() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8);
        int header = lines.indexOf("| code | meaning |");
        if (header < 0) {
            throw new AssertionError("README.md has no '| code | meaning |' table");
        }
        Map<String, String> rows = new LinkedHashMap<>();
        for (int i = header + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            Matcher m = ROW.matcher(lines.get(i));
            if (!m.matches()) {
                throw new AssertionError("README.md line " + (i + 1) + " is not '| `code` | meaning |': " + lines.get(i));
            }
            if (rows.put(m.group(1), m.group(2)) != null) {
                throw new AssertionError("README.md lists '" + m.group(1) + "' twice");
            }
        }
        return rows;
    }
}
