package dev.docsite.docusaurus;

import java.util.List;
import java.util.Optional;

/**
 * {@code themeConfig.footer}.
 *
 * @param style {@code light} (default) or {@code dark}
 * @param columns the link columns in the order written
 * @param copyright HTML as written
 * @param logo the footer logo
 */
public record Footer(String style, List<FooterColumn> columns, Optional<String> copyright, Optional<Logo> logo) {
}
