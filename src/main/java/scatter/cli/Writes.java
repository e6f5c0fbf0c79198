package scatter.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * How every command writes its files: a failure (disk full, directory removed, permission lost)
 * becomes one sentence naming the file and the reason. Every file is written atomically, so the
 * sentence can promise that an older file of the same name is untouched.
 */
final class Writes {
    /** Something that writes a file. */
    @FunctionalInterface
    interface Write {
        void run() throws IOException;
    }

    private Writes() {
    }

    /** Runs {@code write}, which writes {@code file}; a failure is rethrown in words. */
    static void explained(Path file, Write write) throws IOException {
        try {
            write.run();
        } catch (IOException e) {
            throw new IOException("could not write " + file + ": " + reason(e)
                    + "; an older file of that name, if any, is unchanged", e);
        }
    }

    /** The innermost reason of an I/O failure, in words. */
    static String reason(Exception e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        if (t instanceof NoSuchFileException) {
            return "no such file or directory: " + ((NoSuchFileException) t).getFile()
                    + " (was the directory removed?)";
        }
        if (t instanceof AccessDeniedException) {
            return "permission denied: " + ((AccessDeniedException) t).getFile();
        }
        if (t instanceof FileSystemException && ((FileSystemException) t).getReason() != null) {
            return ((FileSystemException) t).getReason();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
