package scatter;

import java.io.PrintWriter;
import java.util.Set;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import scatter.cli.CompareCommand;
import scatter.cli.MergeCommand;
import scatter.cli.ReportCommand;
import scatter.cli.ScalingCommand;
import scatter.cli.ScatterCommand;
import scatter.cli.UserErrors;
import scatter.cli.Verbosity;

/**
 * The {@code scatter} program: installs the signal handlers, wires the commands into picocli and
 * turns every way a run can end into one line on stderr and an exit code.
 *
 * <ul>
 *   <li>0: success;</li>
 *   <li>2: a mistake the user can fix (bad option or input, damaged part file, ...): the message
 *       names the option, variable or file ({@link UserErrors});</li>
 *   <li>1: the run failed (a file could not be written) or a bug: the message says what failed;</li>
 *   <li>143 / 130: stopped by SIGTERM / SIGINT ({@link Interruption}).</li>
 * </ul>
 */
public final class Main {
    /** Names of the subcommands. */
    private static final Set<String> SUBCOMMANDS = Set.of("scaling", "report", "merge", "compare");

    /** picocli's list of (regular expressions for) the types whose built-in converters it skips. */
    private static final String CONVERTER_EXCLUDES = "picocli.converters.excludes";
    /** The types no option of scatter's takes, whose converters picocli need not register. */
    static final String UNUSED_CONVERTERS = "java\\.sql\\..*,java\\.time\\..*";

    private Main() {
    }

    public static void main(String[] args) {
        // the PNG writers draw off-screen: never look for a display, even when DISPLAY is set
        System.setProperty("java.awt.headless", "true");
        skipUnusedConverters();
        Interruption signals = Interruption.install(Thread.currentThread());
        ScatterCommand command = new ScatterCommand(System.getenv(), signals::received);
        System.exit(commandLine(command, signals, mayNeedSubcommands(args)).execute(args));
    }

    /**
     * No option of scatter's takes a date, time or JDBC type: picocli need not load {@code java.time}
     * and {@code java.sql} (some 80 classes) to register converters for them at every start. A value
     * the user gives for {@code picocli.converters.excludes} is kept.
     */
    private static void skipUnusedConverters() {
        if (System.getProperty(CONVERTER_EXCLUDES) == null) {
            System.setProperty(CONVERTER_EXCLUDES, UNUSED_CONVERTERS);
        }
    }

    /**
     * The command line with its subcommands and scatter's error handling, without signal handlers:
     * for running the command in-process (tests).
     */
    public static CommandLine commandLine(ScatterCommand command) {
        return commandLine(command, Interruption.none(), true);
    }

    /**
     * Whether the arguments name a subcommand or ask for help (which lists the subcommands).
     * Building picocli's model of the subcommands takes a noticeable part of a short run's
     * start-up, so a plain solver run skips it.
     */
    static boolean mayNeedSubcommands(String[] args) {
        for (String arg : args) {
            if (SUBCOMMANDS.contains(arg) || arg.equals("-h") || arg.equals("--help")) {
                return true;
            }
        }
        return false;
    }

    private static CommandLine commandLine(ScatterCommand command, Interruption interruption,
            boolean withSubcommands) {
        CommandLine cl = new CommandLine(command);
        if (withSubcommands) {
            cl.addSubcommand(new ScalingCommand(command.environment()));
            cl.addSubcommand(new ReportCommand());
            cl.addSubcommand(new MergeCommand());
            cl.addSubcommand(new CompareCommand(command.environment()));
        }
        // the last of a repeated option wins, so scripts can give defaults that users override
        cl.setOverwrittenOptionsAllowed(true);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionStrategy(Verbosity::executionStrategy);
        cl.setParameterExceptionHandler((e, args) -> {
            PrintWriter err = e.getCommandLine().getErr();
            err.println("scatter: " + e.getMessage() + " (see '" + e.getCommandLine().getCommandSpec().qualifiedName()
                    + " --help')");
            return CommandLine.ExitCode.USAGE;
        });
        cl.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            PrintWriter err = cmd.getErr();
            if (interruption.received() || e instanceof InterruptedException) {
                err.println("scatter: " + interruption.describe() + "; the run stopped and left no partial result file");
                return interruption.exitCode();
            }
            String userError = UserErrors.describe(e);
            if (userError != null) {
                err.println("scatter: " + userError);
                return CommandLine.ExitCode.USAGE;
            }
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            err.println("scatter: error: " + message);
            LoggerFactory.getLogger(Main.class).debug("failure", e);
            return CommandLine.ExitCode.SOFTWARE;
        });
        return cl;
    }
}
