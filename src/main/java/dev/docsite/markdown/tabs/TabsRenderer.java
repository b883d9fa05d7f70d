package dev.docsite.markdown.tabs;

import static dev.docsite.web.HtmlEscaper.escape;

import com.vladsch.flexmark.util.ast.Node;
import dev.docsite.markdown.html.HtmlOut;
import dev.docsite.markdown.html.HtmlRendering;
import dev.docsite.markdown.mdx.JsxAttribute;
import dev.docsite.markdown.mdx.JsxElement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders Docusaurus {@code <Tabs>}/{@code <TabItem>} as accessible tabs that work without JavaScript.
 * <p>
 * Output (ids are unique per page: {@code tabs-N} for the N-th tab group):
 * <pre>{@code
 * <div class="tabs" id="tabs-1" data-group-id="os" data-query-string="os">
 *   <div class="tabs-list" role="tablist">
 *     <button type="button" role="tab" class="tab-button" id="tabs-1-tab-1" aria-controls="tabs-1-panel-1"
 *             aria-selected="true" tabindex="0" data-tab-value="mac">macOS</button>
 *     <button type="button" role="tab" class="tab-button" id="tabs-1-tab-2" aria-controls="tabs-1-panel-2"
 *             aria-selected="false" tabindex="-1" data-tab-value="win">Windows</button>
 *   </div>
 *   <div class="tab-panel" role="tabpanel" id="tabs-1-panel-1" aria-labelledby="tabs-1-tab-1"
 *        data-tab-value="mac" data-default="true">
 *     <p class="tab-label">macOS</p>
 *     ...content...
 *   </div>
 *   ...
 * </div>
 * }</pre>
 * Hooks for the theme:
 * <ul>
 *   <li>Without JavaScript every panel is visible and starts with its {@code p.tab-label} caption; the tab list
 *   should be hidden by CSS until enhanced ({@code .tabs:not(.tabs--enhanced) > .tabs-list {display: none}}).</li>
 *   <li>The theme script adds {@code tabs--enhanced} to {@code div.tabs}, hides {@code .tab-label}, sets
 *   {@code hidden} on every panel whose button is not {@code aria-selected="true"} and toggles
 *   {@code aria-selected}/{@code tabindex}/{@code hidden} on click and arrow keys.</li>
 *   <li>{@code data-tab-value} identifies the choice on buttons and panels; {@code data-group-id} (Docusaurus
 *   {@code groupId}) links tab groups that should switch together and be remembered; {@code data-query-string}
 *   names the URL query parameter that selects a tab ({@code queryString}).</li>
 * </ul>
 * Labels default to the value; the selected tab is the {@code default} item, else the Tabs {@code defaultValue},
 * else the first. The legacy {@code values={[{label, value}]}} prop supplies labels too.
 */
public final class TabsRenderer {

    private static final Pattern VALUES_ENTRY = Pattern.compile("\\{([^{}]*)}");
    private static final Pattern LABEL = Pattern.compile("[\"']?label[\"']?\\s*:\\s*(['\"`])(.*?)\\1");
    private static final Pattern VALUE = Pattern.compile("[\"']?value[\"']?\\s*:\\s*(['\"`])(.*?)\\1");

    private record Item(JsxElement element, String value, String label, boolean isDefault) {
    }

    private TabsRenderer() {
    }

    /**
     * Writes one tab group.
     *
     * @param tabs   the {@code <Tabs>} element
     * @param number 1-based number of this tab group on the page
     */
    public static void render(JsxElement tabs, int number, HtmlRendering rendering) {
        HtmlOut html = rendering.out();
        List<Item> items = items(tabs);
        int selected = 0;
        String defaultValue = tabs.tag().stringAttribute("defaultValue");
        for (int i = items.size() - 1; i >= 0; i--) {
            if (items.get(i).isDefault() || (defaultValue != null && defaultValue.equals(items.get(i).value()))) {
                selected = i;
            }
        }
        String id = "tabs-" + number;
        String groupId = tabs.tag().stringAttribute("groupId");
        String queryString = tabs.tag().stringAttribute("queryString");
        if (queryString == null && tabs.tag().flag("queryString") && groupId != null) {
            queryString = groupId;
        }
        html.line().raw("<div class=\"tabs\" id=\"" + id + "\"");
        attribute(html, "data-group-id", groupId);
        attribute(html, "data-query-string", queryString);
        html.raw(">").line();
        html.raw("<div class=\"tabs-list\" role=\"tablist\">").line();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            boolean isSelected = i == selected;
            html.raw("<button type=\"button\" role=\"tab\" class=\"tab-button\" id=\"" + id + "-tab-" + (i + 1)
                    + "\" aria-controls=\"" + id + "-panel-" + (i + 1) + "\" aria-selected=\"" + isSelected
                    + "\" tabindex=\"" + (isSelected ? "0" : "-1") + "\"");
            attribute(html, "data-tab-value", item.value());
            html.raw(">").raw(escape(item.label())).raw("</button>").line();
        }
        html.raw("</div>").line();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            html.raw("<div class=\"tab-panel\" role=\"tabpanel\" id=\"" + id + "-panel-" + (i + 1)
                    + "\" aria-labelledby=\"" + id + "-tab-" + (i + 1) + "\"");
            attribute(html, "data-tab-value", item.value());
            if (i == selected) {
                html.raw(" data-default=\"true\"");
            }
            html.raw(">").line();
            html.raw("<p class=\"tab-label\">").raw(escape(item.label())).raw("</p>").line();
            rendering.renderChildren(item.element());
            html.line().raw("</div>").line();
        }
        for (Node n = tabs.getFirstChild(); n != null; n = n.getNext()) {
            if (!isTabItem(n)) {
                rendering.render(n);
            }
        }
        html.line().raw("</div>").line();
    }

    private static List<Item> items(JsxElement tabs) {
        Map<String, String> labels = legacyLabels(tabs);
        List<Item> items = new ArrayList<>();
        for (Node n = tabs.getFirstChild(); n != null; n = n.getNext()) {
            if (isTabItem(n)) {
                JsxElement item = (JsxElement) n;
                String value = item.tag().stringAttribute("value");
                String label = item.tag().stringAttribute("label");
                if (value == null) {
                    value = label != null ? label : "tab-" + (items.size() + 1);
                }
                if (label == null) {
                    label = labels.getOrDefault(value, value);
                }
                items.add(new Item(item, value, label, item.tag().flag("default")));
            }
        }
        return items;
    }

    private static Map<String, String> legacyLabels(JsxElement tabs) {
        Map<String, String> labels = new HashMap<>();
        JsxAttribute values = tabs.tag().attribute("values");
        if (values != null && values.kind() == JsxAttribute.Kind.EXPRESSION) {
            Matcher entry = VALUES_ENTRY.matcher(values.value());
            while (entry.find()) {
                Matcher label = LABEL.matcher(entry.group(1));
                Matcher value = VALUE.matcher(entry.group(1));
                if (label.find() && value.find()) {
                    labels.put(value.group(2), label.group(2));
                }
            }
        }
        return labels;
    }

    private static boolean isTabItem(Node n) {
        return n instanceof JsxElement e && e.name().equals("TabItem");
    }

    private static void attribute(HtmlOut html, String name, String value) {
        if (value != null) {
            html.raw(" " + name + "=\"" + escape(value) + "\"");
        }
    }

}
