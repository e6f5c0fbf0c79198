package scatter.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import scatter.output.AtomicFile;

/**
 * How every command writes its files: a failure (disk full, directory removed, permission lost)
 * becomes one sentence naming the file and the reason. Every file is written atomically, so the
 * sentence can promise that an older file of the same name is untouched; the files of one run are
 * written together, so it can promise that none of them was replaced.
 */
final class Writes {
    /** Something that writes a file. */
    @FunctionalInterface
    interface Write {
        void run() throws IOException;
    }

    /** Something that writes several files into a group. */
    @FunctionalInterface
    interface GroupWrite {
        void run(AtomicFile.Group files) throws IOException;
    }

    /** What a failure inside {@link #together} leaves: every file as it was. */
    private static final String NONE_REPLACED = "; no file of this run was replaced";

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

    /**
     * Runs {@code write}, which writes a run's files into a group (each through {@link #inGroup}),
     * then puts them all in place: a failure while writing replaces none of them.
     */
    static void together(GroupWrite write) throws IOException {
        try (AtomicFile.Group files = AtomicFile.group()) {
            write.run(files);
            files.commit();
        }
    }

    /** Within {@link #together}: runs {@code write}, which writes {@code file}; a failure is rethrown in words. */
    static void inGroup(Path file, Write write) throws IOException {
        try {
            write.run();
        } catch (IOException e) {
            throw new IOException("could not write " + file + ": " + reason(e) + NONE_REPLACED, e);
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
