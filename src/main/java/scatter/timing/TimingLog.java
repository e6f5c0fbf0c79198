package scatter.timing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The timing log written by {@code --timing-log}: a CSV file with one {@link TimingRecord} per run,
 * so that runs with different thread counts, from different Slurm jobs, can be compared
 * afterwards ({@link TimingReport}).
 *
 * <p>Writing: the header is written when the file is new or empty. Appends are made under an
 * exclusive file lock, so jobs that finish at the same time (e.g. a job array sharing one log) do
 * not interleave their rows.
 *
 * <p>Reading: files may come from different versions with different column sets, as long as each
 * has the {@link TimingRecord#REQUIRED} columns. Anything else (a missing column, a row with the
 * wrong number of fields, a number that is not one, a different header in the middle of a file) is
 * a {@link TimingLogException} whose message starts with the file name and line number.
 */
public final class TimingLog {
    /**
     * What a report needs of one row of a timing log, whichever version wrote it.
     *
     * @param where file and line, e.g. "timings.csv:7", for messages
     * @param problem the problem columns (name to normalised value), in the file's column order
     * @param threads worker threads of the run
     * @param computeSeconds time of the field computation alone
     * @param pairs (node, segment) pairs computed, or -1 if the log does not say
     * @param checksum the run's checksum, or NaN if the log does not say
     * @param threadPairsPerSecond one thread's throughput with the kernel compiled, or 0 if the log
     *     does not say
     */
    public record Run(String where, Map<String, String> problem, int threads, double computeSeconds, long pairs,
            double checksum, double threadPairsPerSecond) {
    }

    private TimingLog() {
    }

    /**
     * Appends one run's row to {@code file}, with the header first if the file is new or empty. A
     * log begun by an earlier version, with fewer or other columns, gets the row in its own layout
     * (columns it does not have are left out, columns this version does not know are left empty),
     * so that every row of a file matches its header.
     */
    @SuppressWarnings("try") // the lock is not used in the block, only held through it
    public static void append(Path file, TimingRecord record) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
                FileLock lock = ch.lock()) {
            List<String> header = ch.size() == 0 ? TimingRecord.COLUMNS : header(file, ch);
            Map<String, String> byName = new LinkedHashMap<>();
            for (int c = 0; c < TimingRecord.COLUMNS.size(); c++) {
                byName.put(TimingRecord.COLUMNS.get(c), record.values().get(c));
            }
            String line = header.stream().map(name -> csv(byName.getOrDefault(name, "")))
                    .collect(Collectors.joining(",")) + "\n";
            String text = ch.size() == 0 ? String.join(",", TimingRecord.COLUMNS) + "\n" + line : line;
            if (ch.size() > 0 && !endsWithNewline(ch)) {
                text = "\n" + text; // a last line without its newline must not swallow this row
            }
            ch.position(ch.size());
            ByteBuffer buf = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
        }
    }

    /**
     * The columns a row appended to {@code file} gets: those of its header if it has one (an older
     * version's log keeps its layout), else {@link TimingRecord#COLUMNS}.
     */
    public static List<String> columnsFor(Path file) throws IOException {
        if (!Files.isRegularFile(file) || Files.size(file) == 0) {
            return TimingRecord.COLUMNS;
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            return header(file, ch);
        }
    }

    /** The column names of an existing log, from its first non-blank line. */
    private static List<String> header(Path file, FileChannel ch) throws IOException {
        ByteBuffer head = ByteBuffer.allocate((int) Math.min(ch.size(), 64 * 1024));
        ch.read(head, 0);
        String text = new String(head.array(), 0, head.position(), StandardCharsets.UTF_8).stripLeading();
        int end = text.indexOf('\n');
        String first = (end < 0 ? text : text.substring(0, end)).strip();
        List<String> names = fields(file, 1, first);
        return names.containsAll(TimingRecord.REQUIRED) ? names : TimingRecord.COLUMNS;
    }

    private static boolean endsWithNewline(FileChannel ch) throws IOException {
        ByteBuffer last = ByteBuffer.allocate(1);
        ch.read(last, ch.size() - 1);
        return last.get(0) == '\n';
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

    /**
     * Reads every row of every file, in order.
     *
     * @throws TimingLogException naming file and line if a file is missing, not a timing log, or malformed
     */
    public static List<Run> read(List<Path> files) throws IOException {
        List<Run> runs = new ArrayList<>();
        for (Path file : files) {
            runs.addAll(read(file));
        }
        return runs;
    }

    /** Reads every row of one file. */
    static List<Run> read(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new TimingLogException(file + ": is a directory; give the timing-log CSV files");
        }
        List<Run> runs = new ArrayList<>();
        // undecodable bytes become U+FFFD, so a binary file gets "not a timing log", not a stack trace
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
            String headerLine = in.readLine();
            int number = 1;
            while (headerLine != null && headerLine.isBlank()) {
                headerLine = in.readLine();
                number++;
            }
            if (headerLine == null) {
                throw new TimingLogException(file + ": empty; a timing log starts with a header line "
                        + "(write one with scatter --timing-log " + file + ")");
            }
            int headerNumber = number;
            List<String> header = fields(file, number, headerLine);
            for (String column : TimingRecord.REQUIRED) {
                if (!header.contains(column)) {
                    throw new TimingLogException(file + ":" + number + ": not a scatter timing log: no column '"
                            + column + "' (logs are written by scatter --timing-log FILE)");
                }
            }
            String line;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank() || line.equals(headerLine)) {
                    continue; // blank lines and the header repeated by concatenating logs are harmless
                }
                List<String> values = fields(file, number, line);
                if (values.get(0).equals(header.get(0)) && values.containsAll(TimingRecord.REQUIRED)) {
                    throw new TimingLogException(file + ":" + number + ": a second header, different from line "
                            + headerNumber + ": logs of different versions were joined; give them as separate files");
                }
                if (values.size() != header.size()) {
                    throw new TimingLogException(file + ":" + number + ": " + values.size() + " fields, but the header (line "
                            + headerNumber + ") has " + header.size() + "; is the line cut short or from another file?");
                }
                runs.add(run(file + ":" + number, header, values));
            }
        } catch (NoSuchFileException e) {
            throw new TimingLogException(file + ": no such file");
        } catch (AccessDeniedException e) {
            throw new TimingLogException(file + ": not allowed to read it");
        }
        return runs;
    }

    private static Run run(String where, List<String> header, List<String> values) {
        Map<String, String> problem = new LinkedHashMap<>();
        int threads = 0;
        double seconds = 0;
        long pairs = -1;
        double checksum = Double.NaN;
        double threadRate = 0;
        for (int c = 0; c < header.size(); c++) {
            String name = header.get(c);
            String value = values.get(c).trim();
            switch (name) {
                case TimingRecord.THREADS -> {
                    long t = integer(where, name, value);
                    if (t < 1 || t > Integer.MAX_VALUE) {
                        throw new TimingLogException(where + ": threads must be a positive integer, not '" + value + "'");
                    }
                    threads = (int) t;
                }
                case TimingRecord.COMPUTE_SECONDS -> {
                    seconds = number(where, name, value);
                    if (!(seconds > 0)) {
                        throw new TimingLogException(where + ": compute_seconds must be positive, not '" + value + "'");
                    }
                }
                case TimingRecord.PAIRS -> pairs = value.isEmpty() ? -1 : integer(where, name, value);
                case TimingRecord.CHECKSUM -> checksum = value.isEmpty() ? Double.NaN : number(where, name, value);
                case TimingRecord.THREAD_MPAIRS_PER_SECOND -> threadRate = value.isEmpty() ? 0
                        : Math.max(0, number(where, name, value) * 1e6);
                default -> {
                    if (!TimingRecord.RUN_COLUMNS.contains(name)) {
                        if (value.isEmpty() && TimingRecord.REQUIRED.contains(name)) {
                            throw new TimingLogException(where + ": no value for " + name);
                        }
                        problem.put(name, normalise(value));
                    }
                }
            }
        }
        TimingRecord.BEFORE_MODELS.forEach(problem::putIfAbsent);
        TimingRecord.BEFORE_OBSTACLES.forEach(problem::putIfAbsent);
        TimingRecord.BEFORE_EVALUATION.forEach(problem::putIfAbsent);
        return new Run(where, problem, threads, seconds, pairs, checksum, threadRate);
    }

    /** Numbers written differently ("0.50", "5e-1") are the same problem; other text is kept as is. */
    private static String normalise(String value) {
        try {
            return Long.toString(Long.parseLong(value));
        } catch (NumberFormatException notAnInteger) {
            try {
                double d = Double.parseDouble(value);
                return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
            } catch (NumberFormatException notANumber) {
                return value;
            }
        }
    }

    private static long integer(String where, String column, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new TimingLogException(where + ": " + column + " must be an integer, not '" + value + "'");
        }
    }

    private static double number(String where, String column, String value) {
        try {
            double d = Double.parseDouble(value);
            if (Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new TimingLogException(where + ": " + column + " must be a number, not '" + value + "'");
    }

    /**
     * Splits one CSV line (RFC 4180: fields separated by commas, optionally in double quotes, a
     * doubled quote inside quotes is a quote), as {@link #append} writes them.
     */
    static List<String> fields(Path file, int number, String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '"' && field.length() == 0 && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (wasQuoted) {
                throw new TimingLogException(file + ":" + number + ": text after a closing quote in field "
                        + (fields.size() + 1));
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new TimingLogException(file + ":" + number + ": a quote in field " + (fields.size() + 1)
                    + " is not closed on this line");
        }
        fields.add(field.toString());
        return fields;
    }
}
