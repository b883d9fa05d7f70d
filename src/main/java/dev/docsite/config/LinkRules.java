package dev.docsite.config;

/**
 * Which generator's rules decide where a link goes. A site folder converted from Docusaurus must report exactly the
 * links Docusaurus reports broken; docsite's own sites keep the more forgiving rules their pages were written for.
 */
public enum LinkRules {
    /**
     * docsite's rules: {@code .md} links relative to the file ({@code /x.md} from the content folder); an
     * extensionless link that is no page URL falls back to the file path and the doc id ({@code ../setup} finds
     * {@code setup.md} or the doc with id {@code setup}).
     */
    DOCSITE,
    /**
     * Docusaurus's rules: {@code .md} links as its {@code resolveMarkdownLinkPathname} resolves them, among the pages of
     * the linking page's plugin instance; every other link is a URL and must name a route or a static file. No doc-id
     * fallback.
     */
    DOCUSAURUS
}
