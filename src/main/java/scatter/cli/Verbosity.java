package scatter.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The {@code -q} option every command has, in the style of picocli's logging mixin: the option
 * only records what was asked, and {@link #executionStrategy} configures the command's
 * {@link Log} from it before the command runs.
 */
public final class Verbosity {
    @Option(names = {"-q", "--quiet"}, description = "Print only results, warnings and errors (and no progress bar).")
    boolean quiet;

    private final Log log = new Log();

    /** True if -q was given: no info lines, no progress bar. */
    boolean quiet() {
        return quiet;
    }

    /** The command's log, configured by the time the command runs. */
    Log log() {
        return log;
    }

    /**
     * The execution strategy of scatter's command line: configures the logging of the command that
     * is about to run from its own options, then runs it as picocli's default strategy does.
     */
    public static int executionStrategy(CommandLine.ParseResult parseResult) {
        CommandLine.ParseResult last = parseResult;
        while (last.hasSubcommand()) {
            last = last.subcommand();
        }
        configure(last.commandSpec());
        return new CommandLine.RunLast().execute(parseResult);
    }

    private static void configure(CommandSpec command) {
        for (CommandSpec mixin : command.mixins().values()) {
            if (mixin.userObject() instanceof Verbosity verbosity) {
                verbosity.log.setQuiet(verbosity.quiet);
            }
        }
    }
}
