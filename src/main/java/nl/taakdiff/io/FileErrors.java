package nl.taakdiff.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * File errors in words for the analyst: which file and why, in one line. Java's own messages are
 * often only the path ({@code NoSuchFileException}) or only the reason ({@code Is a directory}).
 */
public final class FileErrors {
    private FileErrors() {
    }

    /** Why an operation failed, without the file: "no such file", "the disk is full", … */
    public static String reason(Throwable e) {
        if (isDiskFull(e)) {
            return "the disk is full";
        }
        if (e instanceof NoSuchFileException missing) {
            return missing.getReason() != null ? missing.getReason() : "no such file or folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "it already exists";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "it is a folder that is not empty";
        }
        if (e instanceof NotDirectoryException) {
            return "a part of the path is not a folder";
        }
        String message = e instanceof FileSystemException fs ? fs.getReason() : e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        String lower = message.toLowerCase(Locale.ROOT);
        if (lower.contains("is a directory")) {
            return "it is a folder, not a file";
        }
        if (lower.contains("read-only file system")) {
            return "the disk or share is read-only";
        }
        return message.strip();
    }

    /** Whether the failure, or one of its causes, is a full disk or an exhausted quota. */
    public static boolean isDiskFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null) {
                String lower = m.toLowerCase(Locale.ROOT);
                if (lower.contains("no space left") || lower.contains("disk quota exceeded")
                        || lower.contains("not enough space on the disk") || lower.contains("sqlite_full")) {
                    return true;
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** {@code cannot read FILE: reason}. */
    public static IOException cannotRead(Path file, Throwable e) {
        return wrap("cannot read " + file + ": " + reason(e), e);
    }

    /** {@code cannot write FILE: reason}. */
    public static IOException cannotWrite(Path file, Throwable e) {
        return wrap("cannot write " + file + ": " + reason(e), e);
    }

    /** The first I/O failure in a chain of causes, or null: libraries wrap them in their own exceptions. */
    public static IOException ioCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException io) {
                return io;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    /** A failure described in full by {@code message}: which file and why. */
    public static IOException problem(String message) {
        return new Described(message, null);
    }

    private static IOException wrap(String message, Throwable cause) {
        return new Described(message, cause);
    }

    /** An I/O failure whose message is already written for the analyst. */
    public static final class Described extends IOException {
        Described(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
