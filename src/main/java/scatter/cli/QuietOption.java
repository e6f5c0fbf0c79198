package scatter.cli;

import picocli.CommandLine.Option;

/** The {@code -q} option shared by every command: only results, warnings and errors. */
public final class QuietOption {
    private boolean quiet;

    @Option(names = {"-q", "--quiet"}, description = "Print only results, warnings and errors (and no progress bar).")
    void setQuiet(boolean quiet) {
        this.quiet = quiet;
        if (quiet) {
            // takes effect because no logger exists yet while options are parsed
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
    }

    /** True if -q was given. */
    public boolean quiet() {
        return quiet;
    }
}
