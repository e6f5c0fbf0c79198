package scatter.output;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/**
 * Writes a file under a temporary name in the same directory and renames it into place only once
 * it is complete, so a failed or interrupted run never leaves a truncated result, and an existing
 * file of the same name survives until the new one is whole.
 */
public final class AtomicFile {
    /** Writes the content of a file at the path it is given. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Path file) throws IOException;
    }

    private AtomicFile() {
    }

    /** Writes {@code target} through {@code content}; on any failure the target is untouched. */
    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        // created like any new file (permissions from the umask), hidden, next to the target
        Path tmp = Files.createFile(dir.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".part"));
        boolean moved = false;
        try {
            content.writeTo(tmp);
            try {
                Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(tmp);
            }
        }
    }
}
