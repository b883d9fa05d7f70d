package dev.docsite.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void formatsLikeACompilerDiagnostic() {
        Problem p = Problem.error("broken-link", "content/guides/a.md", 12, 7, "no page matches '../x'");
        assertEquals("content/guides/a.md:12:7: error: no page matches '../x' [broken-link]", p.format());
    }

    @Test
    void omitsUnknownPositions() {
        assertEquals("site.yml: warning: odd [config]", Problem.warning("config", "site.yml", 0, 0, "odd").format());
        assertEquals("error: no file [x]", Problem.error("x", null, 3, 4, "no file").format());
    }

    @Test
    void collectorSortsByFileThenPosition() {
        ProblemCollector c = new ProblemCollector();
        c.add(Problem.warning("b", "b.md", 1, 1, "m"));
        c.add(Problem.error("a", "a.md", 9, 1, "m"));
        c.add(Problem.error("a", "a.md", 2, 5, "m"));
        assertEquals("a.md:2:5: error: m [a]", c.sorted().get(0).format());
        assertEquals("b.md", c.sorted().get(2).file());
        assertEquals(true, c.hasErrors());
    }
}
