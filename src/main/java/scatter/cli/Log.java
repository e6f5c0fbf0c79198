package scatter.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A command's diagnostics on stderr: what it is doing (info) and what the user should know
 * (warnings), printed by slf4j-simple as {@code [INFO] ...} and {@code [WARN] ...}.
 *
 * <p>Each command has its own, quiet or not as its {@link Verbosity} says. The filter is here, in
 * front of slf4j, because slf4j-simple reads its configuration once per JVM and cannot change a
 * logger's level afterwards: a per-command switch works the same for every command run in one JVM
 * (as the tests run them) and leaves nothing behind for the next.
 */
final class Log {
    /**
     * The logger, made on the first line printed: setting up slf4j is a noticeable part of a short
     * process's start-up, which {@code --help}, {@code --version} and a quiet run without warnings
     * need not pay.
     */
    private static final class Holder {
        static final Logger LOGGER = LoggerFactory.getLogger("scatter");
    }

    private volatile boolean quiet;

    /** Quiet: info lines are dropped, warnings still shown. */
    void setQuiet(boolean quiet) {
        this.quiet = quiet;
    }

    /** What the command is doing, e.g. threads and timings; dropped with -q. */
    void info(String format, Object... args) {
        if (!quiet) {
            Holder.LOGGER.info(format, args);
        }
    }

    /** Something the user should know even with -q. */
    void warn(String format, Object... args) {
        Holder.LOGGER.warn(format, args);
    }
}
