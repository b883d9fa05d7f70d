package dev.docsite.docusaurus;

import java.util.Optional;

/**
 * A footer link: a label with {@code to} (site path) or {@code href} (URL), or raw {@code html}.
 */
public record FooterLink(Optional<String> label, Optional<String> to, Optional<String> href, Optional<String> html) {
}
