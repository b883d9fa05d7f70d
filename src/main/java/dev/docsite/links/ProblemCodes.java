package dev.docsite.links;

/** Codes of link problems, as printed in brackets and in the JSON report. */
public final class ProblemCodes {
    public static final String BROKEN_LINK = "broken-link";
    public static final String BROKEN_ANCHOR = "broken-anchor";
    public static final String MISSING_ASSET = "missing-asset";
    public static final String AMBIGUOUS_LINK = "ambiguous-link";
    public static final String LINK_OUTSIDE_SITE = "link-outside-site";
    public static final String DUPLICATE_PAGE = "duplicate-page";

    private ProblemCodes() {
    }
}
