package dev.docsite.bench;

import java.util.List;
import java.util.SplittableRandom;

/** Small SVG diagrams ({@code /img/diagram-N.svg}) that generated pages embed. */
final class DiagramWriter {

    private static final List<String> STAGES = List.of(
            "Detect", "Triage", "Assign", "Fix", "Verify", "Report", "Review", "Accept risk", "Escalate", "Close");
    private static final List<String> COLOURS = List.of("#1f4e79", "#2e7d32", "#8e24aa", "#c62828", "#ef6c00", "#00838f");

    private DiagramWriter() {
    }

    static String svg(int number, long seed) {
        SplittableRandom random = CorpusPlanner.randomFor(seed, number, 7);
        int boxes = 3 + random.nextInt(3);
        String colour = Prose.pick(random, COLOURS);
        StringBuilder svg = new StringBuilder();
        int width = 40 + boxes * 130;
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width)
                .append("\" height=\"120\" viewBox=\"0 0 ").append(width)
                .append(" 120\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"13\">\n");
        svg.append("  <title>Diagram ").append(number).append(": programme workflow</title>\n");
        svg.append("  <rect x=\"0.5\" y=\"0.5\" width=\"").append(width - 1)
                .append("\" height=\"119\" rx=\"8\" fill=\"#f7f9fc\" stroke=\"#9aa8ba\"/>\n");
        for (int i = 0; i < boxes; i++) {
            int x = 20 + i * 130;
            svg.append("  <rect x=\"").append(x).append("\" y=\"40\" width=\"110\" height=\"40\" rx=\"4\" fill=\"#ffffff\" stroke=\"")
                    .append(colour).append("\"/>\n");
            svg.append("  <text x=\"").append(x + 12).append("\" y=\"65\" fill=\"").append(colour).append("\">")
                    .append(Prose.pick(random, STAGES)).append("</text>\n");
            if (i > 0) {
                svg.append("  <line x1=\"").append(x - 20).append("\" y1=\"60\" x2=\"").append(x)
                        .append("\" y2=\"60\" stroke=\"#9aa8ba\" stroke-width=\"2\"/>\n");
            }
        }
        svg.append("</svg>\n");
        return svg.toString();
    }
}
