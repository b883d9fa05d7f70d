package dev.docsite.templates;

/**
 * One card of a generated-index page or a {@code <DocCardList />}, as Docusaurus's {@code DocCard} draws it.
 *
 * @param kind        {@code doc}, {@code category} or {@code link}
 * @param label       the item's label (plain text; escaped by the template)
 * @param href        where the card leads, relative to the page for site URLs
 * @param description the text under the label (a doc's description or excerpt, a category's description or item
 *                    count), or {@code null}
 * @param icon        Docusaurus's emoji: 🗃️ a category, 📄️ a page of the site, 🔗 an external link
 */
public record DocCard(String kind, String label, String href, String description, String icon) {
}
