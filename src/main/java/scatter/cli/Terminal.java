package scatter.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Whether this process writes its diagnostics to a person at a terminal. */
final class Terminal {
    private Terminal() {
    }

    /**
     * True if stderr is a terminal that can redraw a line: not a file or pipe (as under a Slurm
     * batch job, where stderr is the job's output file, or {@code 2> log}), and not TERM=dumb.
     *
     * <p>Java 17 has no direct test for stderr: {@code System.console()} tells whether stdin and
     * stdout are a terminal, which is wrong both for {@code scatter -checksum > sums.txt} (stderr
     * still a terminal) and for {@code scatter 2> log.txt} (stderr a file). So on Linux (clusters
     * and most workstations) this looks where file descriptor 2 points, /proc/self/fd/2: a terminal
     * device (/dev/pts/N, /dev/ttyN) or not. Elsewhere it falls back to {@code System.console()}.
     */
    static boolean stderrIsTerminal(Map<String, String> env) {
        if ("dumb".equals(env.get("TERM"))) {
            return false;
        }
        Path fd2 = Path.of("/proc/self/fd/2");
        try {
            String target = Files.readSymbolicLink(fd2).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }
}
