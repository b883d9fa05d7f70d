package dev.docsite.docusaurus;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docsite.js.OpaqueValue;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which npm remark plugins the content plugin instances run, whatever form their entry takes. */
class RemarkPluginsTest {

    private static ContentPlugins blogWith(String option, Object plugins) {
        return new ContentPlugins(List.of(),
                List.of(new BlogInstance("default", Path.of("blog"), "blog", Map.of(option, plugins), null)), List.of());
    }

    @Test
    void aPluginAloneOrInAPairWithItsOptionsCounts() {
        assertTrue(RemarkPlugins.include(blogWith("remarkPlugins", List.of(new OpaqueValue("remark-math"))), "remark-math"));
        assertTrue(RemarkPlugins.include(blogWith("remarkPlugins",
                List.of(List.of(new OpaqueValue("remark-math"), Map.of("singleDollarTextMath", true)))), "remark-math"));
        assertTrue(RemarkPlugins.include(blogWith("beforeDefaultRemarkPlugins", List.of(new OpaqueValue("remark-math"))),
                "remark-math"));
    }

    @Test
    void otherPluginsAndOtherOptionsDoNotCount() {
        assertFalse(RemarkPlugins.include(blogWith("remarkPlugins", List.of(new OpaqueValue("remark-gfm"))), "remark-math"));
        assertFalse(RemarkPlugins.include(blogWith("rehypePlugins", List.of(new OpaqueValue("remark-math"))), "remark-math"));
        assertFalse(RemarkPlugins.include(blogWith("remarkPlugins", List.of("remark-math")), "remark-math"));
        assertFalse(RemarkPlugins.include(new ContentPlugins(List.of(), List.of(), List.of()), "remark-math"));
    }
}
