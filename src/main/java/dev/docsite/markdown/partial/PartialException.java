package dev.docsite.markdown.partial;

/** A partial that cannot be included: missing, unreadable, outside the folders content may read, or in an npm package. */
public final class PartialException extends Exception {

    private final boolean npmPackage;

    public PartialException(String message) {
        this(message, false);
    }

    /** @param npmPackage whether the partial lies in an npm package, which docsite never installs */
    public PartialException(String message, boolean npmPackage) {
        super(message);
        this.npmPackage = npmPackage;
    }

    /**
     * Whether the partial is imported from an npm package ({@code @scope/package/x.md}): Docusaurus, with the package
     * installed, includes it, so its absence is a warning, not an error in the writer's text.
     */
    public boolean npmPackage() {
        return npmPackage;
    }
}
