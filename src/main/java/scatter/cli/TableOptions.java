package scatter.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Option;
import scatter.timing.ScalingTable;
import scatter.timing.ScalingTableFormat;
import scatter.timing.SpeedupPlot;

/** The options of the commands that print speedup tables ({@code scaling}, {@code report}): CSV and plot. */
public final class TableOptions {
    @Option(names = "--csv", paramLabel = "FILE", description = "Also write the table(s) to FILE as CSV.")
    Path csv;

    @Option(names = "--plot", paramLabel = "FILE.png",
            description = "Also draw speedup against threads, with the line of ideal speedup, to FILE.png.")
    Path plot;

    /** Checks, before computing or reading, that the files can be written. */
    void check() {
        if (plot != null && !plot.toString().toLowerCase(Locale.ROOT).endsWith(".png")) {
            throw new UsageException("--plot: the plot is a PNG image; give a file name ending in .png, not '"
                    + plot + "'");
        }
        Preflight.checkDirectoryWritable("--csv", csv);
        Preflight.checkDirectoryWritable("--plot", plot);
    }

    /**
     * Writes the tables as CSV and the plot, if asked, each atomically.
     *
     * @throws IOException saying which file could not be written and why
     */
    void write(List<ScalingTable> tables, String plotTitle, Log log) throws IOException {
        if (csv != null) {
            Writes.explained(csv, () -> ScalingTableFormat.writeCsv(tables, csv));
            log.info("wrote {}", csv);
        }
        if (plot != null) {
            Writes.explained(plot, () -> SpeedupPlot.write(tables, plotTitle, plot));
            log.info("wrote {}", plot);
        }
    }
}
