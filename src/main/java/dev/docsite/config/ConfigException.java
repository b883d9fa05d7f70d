package dev.docsite.config;

/** The configuration or command line is unusable; the CLI exits with code 2 and prints the message. */
public final class ConfigException extends Exception {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }
}
