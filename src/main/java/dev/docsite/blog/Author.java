package dev.docsite.blog;

/**
 * A post's author: from the authors map ({@code key} set) or written inline in the post's frontmatter.
 *
 * @param key      the authors map key, or {@code null} for an inline author
 * @param name     shown name, or {@code null}
 * @param title    shown under the name, or {@code null}
 * @param url      link of the name (as written: absolute, or a site path), or {@code null}
 * @param imageUrl avatar (absolute, or a site path from the base URL), or {@code null}
 * @param email    e-mail address, or {@code null}
 * @param pageUrl  site-relative URL of the author's page ({@code blog/authors/ada/}), or {@code null} without one
 */
public record Author(String key, String name, String title, String url, String imageUrl, String email,
                     String pageUrl) {

    /** The name, else the key: what a feed or a list names the author by. */
    public String label() {
        return name != null ? name : key != null ? key : "";
    }
}
