package scatter;

import java.io.PrintStream;

/**
 * Turns SIGTERM (sent by Slurm at the time limit, by {@code kill}, by {@code scancel}) and SIGINT
 * (Ctrl-C) into a prompt, clean stop with the shell's exit code for the signal: 143 for SIGTERM,
 * 130 for SIGINT.
 *
 * <p>Why not a shutdown hook: a hook runs while the JVM is already exiting, cannot tell which
 * signal came, and cannot wait for the computation to wind down through the normal code paths.
 * Instead the JVM's handlers for the two signals are replaced (with {@code sun.misc.Signal}, the
 * supported API of the {@code jdk.unsupported} module): the handler records the signal and
 * interrupts the thread running the command. The thread pool stops its workers within a node,
 * a file being written is abandoned and its temporary removed ({@code AtomicFile}), and the
 * command reports the interruption and exits with {@link #exitCode()}.
 *
 * <p>Every long computation stops within a second of the interrupt (the field within a node, the
 * exact model's assembly within a row and its LU factorisation between blocks), so no watchdog
 * waits for one that cannot. A second signal stops the process at once; then a temporary file may
 * be left behind, never a truncated result.
 */
final class Interruption {
    private final Thread worker;
    private final PrintStream err;
    /** Name ("TERM", "INT") and number of the signal that came; null and 0 until one does. */
    private volatile String received;
    private volatile int number;

    private Interruption(Thread worker, PrintStream err) {
        this.worker = worker;
        this.err = err;
    }

    /** Nothing is ever received: for running the command in-process (tests). */
    static Interruption none() {
        return new Interruption(null, System.err);
    }

    /**
     * Handles SIGTERM and SIGINT from now on by interrupting {@code worker}. A signal the process
     * was started with as ignored (e.g. SIGINT for a background job) stays ignored.
     */
    static Interruption install(Thread worker) {
        Interruption interruption = new Interruption(worker, System.err);
        for (String name : new String[] {"TERM", "INT"}) {
            try {
                // javac warns that this is internal API: it is jdk.unsupported's, kept for exactly this use
                sun.misc.Signal.handle(new sun.misc.Signal(name),
                        s -> interruption.onSignal(s.getName(), s.getNumber()));
            } catch (IllegalArgumentException | UnsupportedOperationException e) {
                // the JVM keeps the signal to itself (java -Xrs, another platform): its own handling
                // stays, which ends the process with no result file replaced
            }
        }
        return interruption;
    }

    /** Whether a signal has come. */
    boolean received() {
        return received != null;
    }

    /** The exit code for the signal that came: 128 + its number (143 for SIGTERM, 130 for SIGINT). */
    int exitCode() {
        return received == null ? 130 : 128 + number;
    }

    /** The message for the user, e.g. "interrupted by SIGTERM". */
    String describe() {
        return received == null ? "interrupted" : "interrupted by SIG" + received;
    }

    private synchronized void onSignal(String name, int signalNumber) {
        if (received != null) {
            halt(describe() + " and SIG" + name + ": stopped at once");
            return;
        }
        number = signalNumber;
        received = name;
        worker.interrupt();
    }

    private void halt(String message) {
        err.println("scatter: " + message);
        err.flush();
        Runtime.getRuntime().halt(exitCode());
    }
}
