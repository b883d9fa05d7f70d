package dev.docsite.links;

/**
 * A link target split into its decoded path, query and fragment.
 *
 * @param raw      as written
 * @param path     the path part, percent-decoded
 * @param query    {@code ?…} as written, or {@code null}
 * @param fragment the fragment without {@code #}, as written, or {@code null}
 */
record LinkTarget(String raw, String path, String query, String fragment) {

    static LinkTarget parse(String raw) {
        String rest = raw;
        String fragment = null;
        int hash = rest.indexOf('#');
        if (hash >= 0) {
            fragment = rest.substring(hash + 1);
            rest = rest.substring(0, hash);
        }
        String query = null;
        int q = rest.indexOf('?');
        if (q >= 0) {
            query = rest.substring(q);
            rest = rest.substring(0, q);
        }
        return new LinkTarget(raw, UrlText.decode(rest), query, fragment);
    }

    /** Query and fragment as they must be appended to the final URL. */
    String suffix() {
        return (query == null ? "" : query) + (fragment == null ? "" : "#" + fragment);
    }
}
