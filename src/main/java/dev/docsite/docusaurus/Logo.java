package dev.docsite.docusaurus;

import java.util.Optional;

/**
 * A navbar or footer logo.
 *
 * @param src image path (site-relative, e.g. {@code img/logo.svg}) or URL
 * @param srcDark the image in dark mode
 * @param alt alternative text
 * @param href where the logo links to
 */
public record Logo(String src, Optional<String> srcDark, Optional<String> alt, Optional<String> href) {
}
