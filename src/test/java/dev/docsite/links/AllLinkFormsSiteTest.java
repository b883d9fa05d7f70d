package dev.docsite.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docsite.site.BuildResult;
import dev.docsite.testing.OutputLinkWalker;
import dev.docsite.testing.TestSite;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site that uses every link form the resolver supports, in every place a link can stand: after the build, every
 * internal href/src of the output points to a file that exists and every fragment to an id on its page.
 */
class AllLinkFormsSiteTest {

    @TempDir
    Path dir;

    @Test
    void everyInternalReferenceOfTheOutputWorks() {
        TestSite site = new TestSite(dir);
        site.page("index.md", "title: Home", "Start at the [guide](guides/all-forms.md).\n");
        site.page("platform/index.md", "title: Platform", "## Overview\n");
        site.page("platform/risk-score.md", "title: Risk Score",
                "## What each screen shows\n\n## Scoring model {#scoring-model}\n\n<div id=\"raw-target\"></div>\n");
        site.page("platform/policies.mdx", "title: Policies", "## Scope\n");
        site.page("platform/with space.md", "title: Spaced", "## Part two\n");
        site.page("platform/renamed.md", "id: custom-id\ntitle: Renamed", "x\n");
        site.bytes("static/img/x.png", new byte[] {1, 2, 3});
        site.bytes("content/guides/img/local.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes());
        site.bytes("static/files/report.pdf", new byte[] {4});
        site.page("guides/all-forms.md", "title: All forms", """
                ## Objective

                - file: [a](../platform/risk-score.md), mdx with anchor: [b](../platform/policies.mdx#scope)
                - extensionless: [c](../platform/risk-score#scoring-model), by id: [d](../platform/custom-id)
                - root: [e](/platform/policies), folder index: [f](../platform/), anchor: [g](#objective)
                - encoded: [h](../platform/with%20space.md#part-two), query: [i](../platform/risk-score?tab=1#raw-target)

                | form | link |
                | --- | --- |
                | table | [j](../platform/risk-score.md#what-each-screen-shows) |

                :::tip[Inside an admonition]
                See [k](/platform/policies#scope) and ![img](/img/x.png).
                :::

                <Tabs>
                <TabItem value="a" label="A">

                In a tab: [l](../platform/risk-score) and ![local](./img/local.svg).

                </TabItem>
                <TabItem value="b" label="B">

                Download the [report](/files/report.pdf) or go [home](/).

                </TabItem>
                </Tabs>

                ```md
                [in code](./not-a-link.md) is never touched
                ```
                """);
        BuildResult r = site.build();
        assertEquals(List.of(), r.problems());
        assertEquals(List.of(), OutputLinkWalker.deadReferences(site.out()));
        Document page = site.html("guides/all-forms/index.html");
        assertTrue(page.selectFirst("code").text().contains("[in code](./not-a-link.md)"));
        assertEquals("../../platform/with%20space/#part-two", page.selectFirst("a:matchesOwn(^h$)").attr("href"));
    }
}
