package scatter.cli;

import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The {@code -t} option of the commands that compute on the thread pool (the solver and
 * {@code compare}), declared once: the number given, resolved with the environment by
 * {@link ThreadCount}.
 */
final class ThreadOption {
    @Option(names = {"-t", "--threads"}, paramLabel = "N",
            description = "Number of worker threads (default: OMP_NUM_THREADS, SLURM_CPUS_PER_TASK or all processors).")
    String threads;

    /** The threads to use: -t if given, else from {@code env} or the processors there are. */
    ThreadCount resolve(Map<String, String> env) {
        return ThreadCount.resolve(threads, env, Runtime.getRuntime().availableProcessors());
    }
}
