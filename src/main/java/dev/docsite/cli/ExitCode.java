package dev.docsite.cli;

/** Process exit codes, as documented in the README. */
public final class ExitCode {
    /** The command did what was asked. */
    public static final int OK = 0;
    /** The content has errors (in {@code --strict}: any problem), or the KPI feed failed. */
    public static final int CONTENT_ERRORS = 1;
    /** Bad usage or configuration. */
    public static final int USAGE = 2;

    private ExitCode() {
    }
}
