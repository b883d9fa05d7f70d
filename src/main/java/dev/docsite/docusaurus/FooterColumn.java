package dev.docsite.docusaurus;

import java.util.List;
import java.util.Optional;

/**
 * A column of footer links. A footer written as a flat list of links (Docusaurus's "simple footer") is one column
 * without a title.
 */
public record FooterColumn(Optional<String> title, List<FooterLink> items) {
}
