package dev.docsite.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.ObjectWrapper;
import freemarker.template.Template;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The fast path for view records must show templates exactly what Freemarker's bean model shows them. */
class ViewObjectWrapperTest {

    private static final NavItem CLOSED = NavItem.builder(NavItem.Kind.CATEGORY).label("Guides <all>").collapsible(true)
            .fill(new NavItem.Fill(2, 17, "../guides/intro/")).build();
    private static final NavItem DOC = NavItem.builder(NavItem.Kind.DOC).label("Intro").url("../intro/").active(true)
            .build();

    /** Components, a bean property (type), a method call, a missing value, a nested record, a list and a number. */
    private static final String TEMPLATE = """
            <#list items as item>[${item.type}|${item.label}|${item.label()}|${item.url!"-"}|${item.active?c}|\
            ${item.category?c}|<#if item.fill??>${item.fill.sidebar?c}/${item.fill.category?c} ${item.fill.firstUrl}\
            </#if>|${item.children?size}|${item.className???c}]
            </#list>""";

    @Test
    void templatesReadViewRecordsAsTheBeanModelReadsThem() throws Exception {
        String fast = render(new ViewObjectWrapper());
        String beans = render(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_33).build());

        assertEquals("""
                [category|Guides &lt;all&gt;|Guides &lt;all&gt;|-|false|true|2/17 ../guides/intro/|0|false]
                [doc|Intro|Intro|../intro/|true|false||0|false]
                """, fast);
        assertEquals(beans, fast);
    }

    @Test
    void recordsOfDocsiteGetTheFastModelAndOtherObjectsTheBeanModel() throws Exception {
        ViewObjectWrapper wrapper = new ViewObjectWrapper();

        assertInstanceOf(RecordModel.class, wrapper.wrap(DOC));
        assertEquals("freemarker.ext.beans.GenericObjectModel",
                wrapper.wrap(new StringBuilder("x")).getClass().getName());
    }

    private static String render(ObjectWrapper wrapper) throws Exception {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_33);
        cfg.setObjectWrapper(wrapper);
        cfg.setOutputFormat(freemarker.core.HTMLOutputFormat.INSTANCE);
        Template template = new Template("t.ftlh", new StringReader(TEMPLATE), cfg);
        StringWriter out = new StringWriter();
        template.process(Map.of("items", List.of(CLOSED, DOC)), out);
        return out.toString();
    }
}
