package dev.docsite.markdown.partial;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a partial's {@code {props.name}} expressions with the string props of the tag that includes it, as MDX
 * renders them; a prop the tag does not give renders as nothing, as {@code undefined} does in React.
 */
public final class PartialProps {

    private static final Pattern PROP = Pattern.compile("\\{\\s*props\\.([A-Za-z_$][A-Za-z0-9_$]*)\\s*}");

    private PartialProps() {
    }

    public static String fill(String body, Map<String, String> props) {
        if (body.indexOf("props.") < 0) {
            return body;
        }
        Matcher m = PROP.matcher(body);
        StringBuilder out = new StringBuilder(body.length());
        while (m.find()) {
            String value = props.getOrDefault(m.group(1), "");
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
