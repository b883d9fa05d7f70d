// Math at build time (issue 16 item 6): CPU per formula of KaTeX 0.16.22 run in docsite's GraalJS engine (JsRuntime),
// measured on this thread after warm-up. Run as docs/benchmarks.md says ("Math: drawn in the browser").
import dev.docsite.js.JsFunction;
import dev.docsite.js.JsRuntime;
import dev.docsite.js.ReadRoots;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

public class KatexCost {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        var bean = ManagementFactory.getThreadMXBean();
        long t0 = bean.getCurrentThreadCpuTime();
        try (JsRuntime js = JsRuntime.open(ReadRoots.of(dir))) {
            Object exports = js.evaluateModule(dir.resolve("page.js"),
                "const katex = require('./katex.js');\n"
                + "const fs = ['r = p \\\\times i', '\\\\sum_{k=1}^{n} r_k', '\\\\frac{a+b}{c^2}', 'E = mc^2', '\\\\sqrt{x_1^2 + x_2^2}'];\n"
                + "exports.render = (i) => katex.renderToString(fs[i % fs.length] + ' + ' + i, {throwOnError: false});\n");
            JsFunction render = (JsFunction) ((Map<?, ?>) exports).get("render");
            long t1 = bean.getCurrentThreadCpuTime();
            System.out.printf("load: %.1f ms CPU%n", (t1 - t0) / 1e6);
            for (int round = 0; round < 5; round++) {
                long a = bean.getCurrentThreadCpuTime();
                int len = 0;
                for (int i = 0; i < n; i++) {
                    len += ((String) render.call(i)).length();
                }
                long b = bean.getCurrentThreadCpuTime();
                System.out.printf("round %d: %d formulas, %.3f ms CPU per formula (%d chars)%n", round, n, (b - a) / 1e6 / n, len);
            }
        }
    }
}
