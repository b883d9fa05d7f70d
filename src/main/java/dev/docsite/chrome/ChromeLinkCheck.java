package dev.docsite.chrome;

import dev.docsite.config.SiteConfig;
import dev.docsite.docusaurus.DocusaurusConfigReader;
import dev.docsite.problem.Problem;
import dev.docsite.problem.ProblemCode;
import dev.docsite.problem.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the navbar's and footer's links like page links, as Docusaurus's broken-link check covers them: an internal
 * target that is no page, static file or known route is a {@code broken-link}, an image that is not in the static
 * folders a {@code missing-asset}, each reported against the configuration file at the line where the value is
 * written. Navbar item types docsite does not build are named in one warning.
 */
final class ChromeLinkCheck {

    private final SiteConfig config;
    private final ChromeTargets targets;
    private final List<Problem> problems = new ArrayList<>();
    private final Set<String> unsupported = new LinkedHashSet<>();
    private Optional<Path> configFile;
    private String configText;

    ChromeLinkCheck(SiteConfig config, ChromeTargets targets) {
        this.config = config;
        this.targets = targets;
    }

    /** A link's target, written as option {@code key} ({@code to}, {@code href}) of the item {@code where} names. */
    void link(ChromeTarget target, String key, String where) {
        if (target != null && !target.found()) {
            add(ProblemCode.BROKEN_LINK, key, target.raw(), "no page matches '" + target.raw() + "' (" + where
                    + "); a 'to' is a path of the site from its base URL, such as '/docs/intro'");
        }
    }

    /** A reference by id that names nothing ({@code docId}, {@code sidebarId}). */
    void missing(String key, String value, String message) {
        add(ProblemCode.BROKEN_LINK, key, value, message);
    }

    /** An image ({@code src}, {@code favicon}, {@code image}) that must be a file of the static folders or a URL. */
    void image(String key, String value) {
        if (ChromeTargets.isExternal(value) || value.startsWith("pathname://") || value.startsWith("data:")) {
            return;
        }
        if (targets.staticFile(targets.sitePath(stripSuffix(value))) == null) {
            add(ProblemCode.MISSING_ASSET, key, value, "no file '" + value + "' in the static folders ("
                    + String.join(", ", config.staticDirs().stream().map(config::display).toList()) + ")");
        }
    }

    /** A navbar item type docsite does not build. */
    void unsupported(String type) {
        unsupported.add(type);
    }

    List<Problem> problems() {
        List<Problem> all = new ArrayList<>(problems);
        if (!unsupported.isEmpty()) {
            String first = unsupported.iterator().next();
            int[] at = locate("type", first);
            all.add(new Problem(Severity.WARNING, ProblemCode.DOCUSAURUS_UNSUPPORTED, file(), at[0], at[1],
                    "navbar items of type " + String.join(", ", unsupported.stream().map(t -> "'" + t + "'").toList())
                            + " are not built by docsite and are left out of the navbar", first));
        }
        return List.copyOf(all);
    }

    private void add(ProblemCode code, String key, String value, String message) {
        int[] at = locate(key, value);
        problems.add(new Problem(Severity.WARNING, code, file(), at[0], at[1], message, value));
    }

    private String file() {
        return configFile().map(config::display).orElse(null);
    }

    private Optional<Path> configFile() {
        if (configFile == null) {
            configFile = DocusaurusConfigReader.find(config.siteRoot());
        }
        return configFile;
    }

    /**
     * Line and column of {@code value} written as a string literal, preferably as option {@code key}
     * ({@code to: '/blog'}); {@code {0, 0}} when the file does not hold it literally (it was computed).
     */
    private int[] locate(String key, String value) {
        String text = configText();
        String quoted = "(['\"`])" + Pattern.quote(value) + "\\1";
        Matcher m = Pattern.compile("\\b" + Pattern.quote(key) + "['\"]?\\s*:\\s*" + quoted).matcher(text);
        int at = -1;
        if (m.find()) {
            at = m.start(1) + 1;
        } else {
            Matcher any = Pattern.compile(quoted).matcher(text);
            if (any.find()) {
                at = any.start(1) + 1;
            }
        }
        if (at < 0) {
            return new int[] {0, 0};
        }
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, at - lineStart + 1};
    }

    private String configText() {
        if (configText == null) {
            try {
                configText = configFile().isPresent() ? Files.readString(configFile().get()) : "";
            } catch (IOException e) {
                configText = "";
            }
        }
        return configText;
    }

    private static String stripSuffix(String value) {
        int cut = value.indexOf('?');
        int hash = value.indexOf('#');
        if (cut < 0 || hash >= 0 && hash < cut) {
            cut = hash;
        }
        return cut < 0 ? value : value.substring(0, cut);
    }
}
