package scatter.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The files one run will write, each under the option that named it, checked before anything is
 * computed: each one's directory exists and takes new files, it is not a directory itself, and no
 * two options name the same file (one would overwrite the other). The files are then written
 * together ({@link Writes#together}), so that a run replaces all of them or none.
 */
final class OutputFiles {
    /** The files so far, absolute and normalised, and the option that named each. */
    private final Map<Path, String> options = new LinkedHashMap<>();

    /**
     * Checks {@code file} (nothing for null) and adds it.
     *
     * @throws UsageException naming {@code option} if the file cannot be written or is another option's
     */
    void add(String option, Path file) {
        if (file == null) {
            return;
        }
        if (option.equals("-save") && Files.isDirectory(file)) {
            // the frames' names are fixed: the way out is to move the directory, or the result
            throw new UsageException("-save: the frame " + file + " is a directory; move it away, or write the"
                    + " result (and so the frames) into another directory");
        }
        Preflight.checkDirectoryWritable(option, file);
        String other = options.putIfAbsent(file.toAbsolutePath().normalize(), option);
        if (other != null) {
            throw new UsageException(option.equals("-save")
                    ? "-save: the frame " + file + " is the " + other + " file too; give " + other + " another name"
                    : option + ": " + file + " is the " + other + " file too; give it another name");
        }
    }
}
