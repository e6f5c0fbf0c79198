package scatter.cli;

import java.util.Locale;
import picocli.CommandLine.Option;
import scatter.physics.PreparedProblem;
import scatter.solve.Evaluation;
import scatter.solve.MemoryEstimate;

/**
 * {@code --fmm} and {@code --fmm-tol}: how the field's sum over the sources is evaluated (see
 * {@link Evaluation}), declared once for the commands that compute a field.
 */
final class EvaluationOptions {
    /** Above this estimate of the direct sum's time the log suggests --fmm. */
    private static final double SUGGEST_SECONDS = 60;

    @Option(names = "--fmm",
            description = "Evaluate the sum over the sources by the fast multipole method: about (nodes + sources) x p "
                    + "operations instead of nodes x sources, to --fmm-tol. Without it, the direct sum.")
    boolean fmm;

    @Option(names = "--fmm-tol", paramLabel = "T",
            description = "The FMM's tolerance: the error at every node relative to the largest |u_scat| "
                    + "(default: 1e-12; from 1e-14 to 1e-2). Needs --fmm.")
    Double tolerance;

    /** The evaluation asked for. @throws UsageException for --fmm-tol without --fmm or out of range */
    Evaluation evaluation() {
        if (tolerance == null) {
            return fmm ? Evaluation.fmm(Evaluation.DEFAULT_TOLERANCE) : Evaluation.DIRECT;
        }
        if (!fmm) {
            throw new UsageException("--fmm-tol: the tolerance is the FMM's; add --fmm");
        }
        if (!(tolerance >= Evaluation.MIN_TOLERANCE && tolerance <= Evaluation.MAX_TOLERANCE)) {
            throw new UsageException(String.format(Locale.ROOT, "--fmm-tol: %s is outside 1e-14 to 1e-2", tolerance));
        }
        return Evaluation.fmm(tolerance);
    }

    /** Bytes per node the evaluation needs beyond the field's. */
    long bytesPerNode() {
        return evaluation().isFmm() ? MemoryEstimate.FMM_BYTES_PER_NODE : 0;
    }

    /**
     * The evaluation for a run of {@code pairs} (node, source) pairs on {@code threads} threads, and
     * what the log says of it: the FMM falls back to the direct sum where that is faster, and a
     * direct sum estimated at over a minute suggests --fmm.
     */
    Evaluation forRun(double pairs, int threads, Log log) {
        return forRun(pairs, pairs, threads, log);
    }

    /**
     * The evaluation for {@code problem}, the whole grid's or a part's band, of a grid of
     * {@code wholeNodes} nodes: as {@link #forRun(double, int, Log)}, but whether the FMM falls back
     * to the direct sum is decided on the whole grid's pairs, as a single run decides it, so that
     * every part of a split run is evaluated alike (merge refuses parts that are not).
     */
    Evaluation forRun(PreparedProblem problem, long wholeNodes, int threads, Log log) {
        double sources = problem.sources().count();
        return forRun(problem.grid().nodes() * sources, wholeNodes * sources, threads, log);
    }

    /** As {@link #forRun(double, int, Log)}, the fallback decided on {@code decidingPairs}. */
    private Evaluation forRun(double pairs, double decidingPairs, int threads, Log log) {
        Evaluation asked = evaluation();
        Evaluation used = asked.forPairs(decidingPairs);
        double seconds = Evaluation.directSeconds(pairs, threads);
        if (asked.isFmm() && !used.isFmm()) {
            log.info("--fmm: {} (node, source) pairs sum directly in about {} s, faster than the FMM's set-up:"
                    + " summing directly", String.format(Locale.ROOT, "%.2g", pairs),
                    String.format(Locale.ROOT, "%.1f", seconds));
        } else if (used.isFmm()) {
            log.info("evaluating the sum by the fast multipole method, tolerance {}", used.tolerance());
        } else if (seconds > SUGGEST_SECONDS) {
            log.info("the direct sum over the sources will take about {} s on {} threads; --fmm would take a small"
                    + " fraction of that", String.format(Locale.ROOT, "%.0f", seconds), threads);
        }
        return used;
    }
}
