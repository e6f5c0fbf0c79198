package scatter.timing;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Appends one CSV row per run to a timing log, so that runs with different thread counts, from
 * different Slurm jobs, can be compared afterwards. The header is written when the file is new
 * or empty. Appends are made under an exclusive file lock, so jobs that finish at the same time
 * (e.g. a job array sharing one log) do not interleave their rows.
 */
public final class TimingLog {
    /** The columns, in order. */
    public static final String[] COLUMNS = {
        "timestamp", "host", "job_id", "threads", "thread_source", "lambda", "nx", "ny", "nc",
        "nodes", "inside", "pairs", "compute_seconds", "wall_seconds", "mpairs_per_second", "checksum",
    };

    private TimingLog() {
    }

    /**
     * Appends {@code row} (values keyed by column name; missing ones are left empty) to {@code file}.
     */
    public static void append(Path file, Map<String, Object> row) throws IOException {
        if (!List.of(COLUMNS).containsAll(row.keySet())) {
            throw new IllegalArgumentException("unknown timing-log columns in " + row.keySet());
        }
        String line = Arrays.stream(COLUMNS)
                .map(c -> csv(row.get(c)))
                .collect(Collectors.joining(",")) + "\n";
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
                FileLock lock = ch.lock()) {
            String text = ch.size() == 0 ? String.join(",", COLUMNS) + "\n" + line : line;
            ByteBuffer buf = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
        }
    }

    /** One CSV field: quoted (with doubled quotes) if it holds a comma, quote or newline; null is empty. */
    static String csv(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
