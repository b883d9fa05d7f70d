package dev.docsite.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void formatsLikeACompilerDiagnostic() {
        Problem p = Problem.error(ProblemCode.BROKEN_LINK, "content/guides/a.md", 12, 7, "no page matches '../x'");
        assertEquals("content/guides/a.md:12:7: error: no page matches '../x' [broken-link]", p.format());
    }

    @Test
    void omitsUnknownPositions() {
        assertEquals("site.yml: warning: odd [config]",
                Problem.warning(ProblemCode.CONFIG, "site.yml", 0, 0, "odd").format());
        assertEquals("error: no file [template]", Problem.error(ProblemCode.TEMPLATE, null, 3, 4, "no file").format());
    }

    @Test
    void collectorSortsByFileThenPositionThenCodeId() {
        ProblemCollector c = new ProblemCollector();
        c.add(Problem.warning(ProblemCode.BROKEN_LINK, "b.md", 1, 1, "m"));
        c.add(Problem.error(ProblemCode.UNKNOWN_KPI, "a.md", 2, 5, "m"));
        c.add(Problem.error(ProblemCode.FRONTMATTER, "a.md", 9, 1, "m"));
        c.add(Problem.error(ProblemCode.BROKEN_ANCHOR, "a.md", 2, 5, "m"));
        assertEquals("a.md:2:5: error: m [broken-anchor]", c.sorted().get(0).format());
        assertEquals("a.md:2:5: error: m [unknown-kpi]", c.sorted().get(1).format());
        assertEquals("a.md:9:1: error: m [frontmatter]", c.sorted().get(2).format());
        assertEquals("b.md", c.sorted().get(3).file());
        assertTrue(c.hasErrors());
    }
}
