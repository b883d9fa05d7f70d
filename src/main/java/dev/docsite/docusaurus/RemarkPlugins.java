package dev.docsite.docusaurus;

import dev.docsite.js.OpaqueValue;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Which remark plugins the docs, blog and pages instances run. They are npm modules, so the configuration reader sees
 * each as an {@link OpaqueValue} named after its module ({@code import remarkMath from 'remark-math'} and
 * {@code require('remark-math')} alike), alone or as the first item of a {@code [plugin, options]} pair.
 */
final class RemarkPlugins {

    private static final List<String> OPTIONS = List.of("remarkPlugins", "beforeDefaultRemarkPlugins");

    private RemarkPlugins() {
    }

    /** Whether some content plugin instance runs the npm module {@code module}. */
    static boolean include(ContentPlugins plugins, String module) {
        return Stream.of(plugins.docs().stream().map(DocsInstance::options),
                        plugins.blogs().stream().map(BlogInstance::options),
                        plugins.pages().stream().map(PagesInstance::options))
                .flatMap(s -> s)
                .anyMatch(options -> runs(options, module));
    }

    private static boolean runs(Map<String, Object> options, String module) {
        for (String key : OPTIONS) {
            if (options.get(key) instanceof List<?> list) {
                for (Object entry : list) {
                    Object plugin = entry instanceof List<?> pair && !pair.isEmpty() ? pair.get(0) : entry;
                    if (plugin instanceof OpaqueValue opaque && opaque.description().equals(module)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
