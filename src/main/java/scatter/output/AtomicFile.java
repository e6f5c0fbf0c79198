package scatter.output;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Writes a file under a temporary name in the same directory and renames it into place only once
 * it is complete, so a failed or interrupted run never leaves a truncated result, and an existing
 * file of the same name survives until the new one is whole.
 *
 * <p>A run that writes several files (a result, its far field, the animation frames) writes them
 * as a {@link Group}: every file under its temporary name first, and only once all are complete
 * are they renamed into place, one after the other, so that a failure while writing replaces none
 * of them.
 */
public final class AtomicFile {
    /** Writes the content of a file at the path it is given. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Path file) throws IOException;
    }

    /** Where a writer puts a file: in place at once ({@link #NOW}), or with a {@link Group}. */
    @FunctionalInterface
    public interface Placement {
        void write(Path target, Content content) throws IOException;
    }

    /** Each file in place as soon as it is written. */
    public static final Placement NOW = AtomicFile::write;

    private AtomicFile() {
    }

    /** Writes {@code target} through {@code content}; on any failure the target is untouched. */
    public static void write(Path target, Content content) throws IOException {
        try (Group group = new Group()) {
            group.write(target, content);
            group.commit();
        }
    }

    /** A new group of files, written together. */
    public static Group group() {
        return new Group();
    }

    /**
     * Files written together: {@link #write} writes each under its temporary name, {@link #commit}
     * renames them all into place; {@link #close} deletes the temporaries not renamed (all of them
     * if the group was never committed, leaving every target as it was).
     */
    public static final class Group implements Placement, AutoCloseable {
        /** The temporaries written so far, and their targets. */
        private final List<Path[]> written = new ArrayList<>();

        private Group() {
        }

        /** Writes {@code target}'s content under a temporary name next to it; the target is not touched yet. */
        @Override
        public void write(Path target, Content content) throws IOException {
            Path absolute = target.toAbsolutePath();
            // created like any new file (permissions from the umask), hidden, next to the target
            Path tmp = Files.createFile(absolute.getParent()
                    .resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".part"));
            written.add(new Path[] {tmp, absolute});
            content.writeTo(tmp);
        }

        /** The files written, as their targets, in order. */
        public List<Path> targets() {
            return written.stream().map(w -> w[1]).toList();
        }

        /**
         * Renames every file into place, in the order written. Renames within a directory do not
         * fail for want of space; should one fail all the same, the files before it are in place
         * and the rest are not.
         */
        public void commit() throws IOException {
            while (!written.isEmpty()) {
                Path[] w = written.get(0);
                try {
                    Files.move(w[0], w[1], StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(w[0], w[1], StandardCopyOption.REPLACE_EXISTING);
                }
                written.remove(0);
            }
        }

        /** Deletes the temporaries not renamed into place. */
        @Override
        public void close() throws IOException {
            for (Path[] w : written) {
                Files.deleteIfExists(w[0]);
            }
            written.clear();
        }
    }
}
