package scatter.cli;

import scatter.solve.InvalidProblemException;
import scatter.solve.SystemTooLargeException;
import scatter.split.PartException;
import scatter.timing.TimingLogException;

/**
 * Which failures are the user's to fix (exit code 2, one line, no stack trace), and their wording:
 * the lower layers say what is wrong with a value, the command line says which option gave it.
 */
public final class UserErrors {
    private UserErrors() {
    }

    /**
     * The one line that reports {@code e} (without the leading "scatter: "), or null if {@code e} is
     * not a mistake in the user's input but a failure of the run or a bug.
     */
    public static String describe(Throwable e) {
        if (e instanceof InvalidProblemException p) {
            return ProblemOptions.optionOf(p.input()) + ": " + p.getMessage();
        }
        if (e instanceof SystemTooLargeException s) {
            return Preflight.systemTooLarge(s);
        }
        if (e instanceof UsageException || e instanceof PartException || e instanceof TimingLogException) {
            return e.getMessage();
        }
        return null;
    }
}
