package dev.docsite.kpi.feed;

/** Where feed bytes come from: a file under the site root or an http(s) URL. */
public interface FeedSource {

    /** The feed as shown to users: path relative to the site root, or the URL. */
    String origin();

    /** Reads the whole feed body, refusing bodies over the configured size cap. */
    byte[] fetch() throws FeedException;
}
