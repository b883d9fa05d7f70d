package dev.docsite.docusaurus;

/**
 * How problems with links are reported. {@code onBrokenMarkdownLinks} comes from {@code markdown.hooks} when set
 * there, else from the deprecated top-level option.
 *
 * @param onBrokenLinks default {@code throw}
 * @param onBrokenMarkdownLinks default {@code warn}
 * @param onBrokenAnchors default {@code warn}
 * @param onBrokenMarkdownImages {@code markdown.hooks.onBrokenMarkdownImages}, default {@code throw}
 */
public record BrokenLinkPolicy(ReportingSeverity onBrokenLinks, ReportingSeverity onBrokenMarkdownLinks,
        ReportingSeverity onBrokenAnchors, ReportingSeverity onBrokenMarkdownImages) {
}
