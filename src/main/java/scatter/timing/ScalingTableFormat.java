package scatter.timing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import scatter.output.AtomicFile;
import scatter.timing.ScalingTable;

/** Scaling tables as text for the terminal and as CSV for spreadsheets and plotting scripts. */
public final class ScalingTableFormat {
    /** The CSV columns after the problem's own. */
    public static final List<String> CSV_COLUMNS =
            List.of("threads", "runs", "median_seconds", "speedup", "efficiency", "mpairs_per_second");

    private ScalingTableFormat() {
    }

    /**
     * The table as aligned text, one line per thread count, e.g.
     * <pre>
     * threads  runs  median s  speedup  efficiency  Mpairs/s
     *       1     3    12.345     1.00      100.0%      5.47
     *       2     3     6.300     1.96       98.0%     10.71
     * </pre>
     */
    public static String text(ScalingTable table) {
        StringBuilder b = new StringBuilder();
        b.append("threads  runs  median s  speedup  efficiency  Mpairs/s\n");
        for (ScalingTable.Row r : table.rows()) {
            b.append(String.format(Locale.ROOT, "%7d  %4d  %8s  %7.2f  %9.1f%%  %8s%n", r.threads(), r.runs(),
                    seconds(r.medianSeconds()), r.speedup(), 100 * r.efficiency(),
                    Double.isNaN(r.mpairsPerSecond()) ? "-" : String.format(Locale.ROOT, "%.2f", r.mpairsPerSecond())));
        }
        return b.toString();
    }

    /** Seconds with 3 decimals, or 4 significant digits below 1 s. */
    static String seconds(double s) {
        return String.format(Locale.ROOT, s >= 1 ? "%.3f" : "%.4g", s);
    }

    /**
     * Writes the tables as one CSV file (atomically): the problem columns of all tables (empty where
     * a table has no such column), then {@link #CSV_COLUMNS}; efficiency as a fraction, full precision.
     */
    public static void writeCsv(List<ScalingTable> tables, Path file) throws IOException {
        Set<String> problemColumns = new LinkedHashSet<>();
        tables.forEach(t -> problemColumns.addAll(t.problem().keySet()));
        List<String> header = new ArrayList<>(problemColumns);
        header.addAll(CSV_COLUMNS);
        StringBuilder b = new StringBuilder(String.join(",", header)).append('\n');
        for (ScalingTable t : tables) {
            for (ScalingTable.Row r : t.rows()) {
                List<String> fields = new ArrayList<>();
                for (String c : problemColumns) {
                    fields.add(TimingLog.csv(t.problem().get(c)));
                }
                fields.add(Integer.toString(r.threads()));
                fields.add(Integer.toString(r.runs()));
                fields.add(Double.toString(r.medianSeconds()));
                fields.add(Double.toString(r.speedup()));
                fields.add(Double.toString(r.efficiency()));
                fields.add(Double.isNaN(r.mpairsPerSecond()) ? "" : Double.toString(r.mpairsPerSecond()));
                b.append(String.join(",", fields)).append('\n');
            }
        }
        AtomicFile.write(file, tmp -> Files.writeString(tmp, b, StandardCharsets.UTF_8));
    }
}
