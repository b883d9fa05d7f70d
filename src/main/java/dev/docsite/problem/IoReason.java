package dev.docsite.problem;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * An I/O failure in words, for messages: the JDK's exceptions often carry only a path as their message
 * ({@code AccessDeniedException: /site/static/a.png}) or only the operating system's text, so printing
 * {@code getMessage()} showed a bare path or a class name. Here every failure says which file and why:
 * {@code static/a.png: permission denied}, {@code site-output: no space left on device}.
 */
public final class IoReason {

    private IoReason() {
    }

    /** Why {@code e} happened, in words ({@code permission denied}, {@code not a folder}, …), without the file. */
    public static String of(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "the folder is not empty";
        }
        if (e instanceof FileAlreadyExistsException fae) {
            // Creating a folder under a file fails this way too: say why that matters.
            return fae.getFile() != null && java.nio.file.Files.isRegularFile(Path.of(fae.getFile()))
                    ? "it is a file, not a folder" : "it already exists";
        }
        if (e instanceof FileSystemLoopException) {
            return "a loop of symbolic links";
        }
        if (e instanceof CharacterCodingException) {
            return "not UTF-8 text";
        }
        if (e instanceof FileSystemException fse) {
            return fse.getReason() != null ? words(fse.getReason()) : "input/output error";
        }
        String message = e.getMessage();
        if (e instanceof java.io.FileNotFoundException && message != null && message.endsWith(")")
                && message.lastIndexOf(" (") > 0) {
            // java.io's "PATH (Permission denied)"
            return words(message.substring(message.lastIndexOf(" (") + 2, message.length() - 1));
        }
        if (e.getCause() instanceof IOException cause && (message == null || message.equals(cause.toString()))) {
            return of(cause); // a wrapper, whose message is its cause's class and message
        }
        return message == null || message.isBlank() ? "input/output error" : words(message);
    }

    /**
     * {@code FILE: reason}: the file the failure names (both, for a move or copy), else {@code file}, shown through
     * {@code display} (relative to the site folder, for instance).
     */
    public static String describe(Path file, IOException e, java.util.function.Function<Path, String> display) {
        String where = file == null ? null : display.apply(file);
        if (e instanceof FileSystemException fse && fse.getFile() != null) {
            where = display.apply(Path.of(fse.getFile()));
            if (fse.getOtherFile() != null) {
                where += " -> " + display.apply(Path.of(fse.getOtherFile()));
            }
        }
        return where == null ? of(e) : where + ": " + of(e);
    }

    /** As {@link #describe(Path, IOException, java.util.function.Function)}, paths shown as they are. */
    public static String describe(Path file, IOException e) {
        return describe(file, e, Path::toString);
    }

    /** The operating system's text as the rest of a sentence: "No space left on device" → "no space left on device". */
    private static String words(String text) {
        String line = text.lines().findFirst().orElse("").strip();
        if (line.length() > 1 && Character.isUpperCase(line.charAt(0)) && Character.isLowerCase(line.charAt(1))) {
            return line.substring(0, 1).toLowerCase(Locale.ROOT) + line.substring(1);
        }
        return line;
    }
}
