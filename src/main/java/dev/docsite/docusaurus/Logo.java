package dev.docsite.docusaurus;

import java.util.Optional;

/**
 * A navbar or footer logo.
 *
 * @param src image path (site-relative, e.g. {@code img/logo.svg}) or URL
 * @param srcDark the image in dark mode
 * @param alt alternative text
 * @param href where the logo links to
 * @param width the image's {@code width} attribute, as written ({@code 32}, {@code "2rem"})
 * @param height the image's {@code height} attribute, as written
 */
public record Logo(String src, Optional<String> srcDark, Optional<String> alt, Optional<String> href,
        Optional<String> width, Optional<String> height) {

    /** A logo without a size. */
    public Logo(String src, Optional<String> srcDark, Optional<String> alt, Optional<String> href) {
        this(src, srcDark, alt, href, Optional.empty(), Optional.empty());
    }
}
