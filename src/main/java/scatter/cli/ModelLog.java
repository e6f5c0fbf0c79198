package scatter.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import scatter.geometry.Contour;
import scatter.physics.exact.evaluation.FarFieldPattern;
import scatter.physics.exact.system.BoundarySolution;
import scatter.physics.exact.system.SolvedBoundary;
import scatter.solve.Model;
import scatter.solve.PreparedModel;
import scatter.solve.Problem;

/**
 * What the log says about the model that prepared a run: for the exact model the boundary points
 * it used, its boundary solution's estimated error and last change (the coarser solution's error),
 * and how long assembling and factorising took, apart from the field; a warning when a fixed count
 * (--points) leaves an estimated error above --tol; and
 * the far field's optical theorem, which means something different for each model.
 */
final class ModelLog {
    private ModelLog() {
    }

    /** The sources, as a log line counts them: "128 contour segments" or "512 boundary points". */
    static String sources(PreparedModel prepared) {
        int count = prepared.points();
        return prepared.exact() == null ? count + " contour segments" : count + " boundary points";
    }

    /**
     * The warnings about the contours as checked: what was left out of each, and, if one ran
     * clockwise, that it was reversed, in the model's terms: the Kirchhoff model's segment normals
     * point into the obstacle, the exact model's boundary normal out of it (with several obstacles,
     * each note names its obstacle); and for the Kirchhoff model with several obstacles, what its
     * physics leaves out.
     */
    static List<String> contourNotes(PreparedModel prepared) {
        List<Contour> contours = prepared.problem().contours();
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < contours.size(); i++) {
            String whose = contours.size() == 1 ? "" : "obstacle " + (i + 1) + ": ";
            Contour contour = contours.get(i);
            contour.notes().forEach(note -> notes.add(whose + note));
            if (contour.clockwiseArea() < 0) {
                notes.add(whose + String.format(Locale.ROOT, "the contour runs clockwise (signed area %s): reversed it %s",
                        String.format(Locale.ROOT, "%.6g", contour.clockwiseArea()).replaceFirst("\\.?0+(e|$)", "$1"),
                        prepared.exact() == null ? "so that the segment normals point into the obstacle"
                                : "(t -> 1 - t) so that the boundary's normal points out of the obstacle, as the exact"
                                + " model's equations take it"));
            }
        }
        if (prepared.exact() == null && contours.size() > 1) {
            notes.add("the Kirchhoff model lights each of the " + contours.size() + " obstacles by the incident wave on"
                    + " its own: it ignores the shadow one casts on another and the waves between them; for those,"
                    + " use --model exact, or see the difference with scatter compare");
        }
        return notes;
    }

    /** Before solving, for a person watching: what the exact model is about to do. */
    static void solving(Problem problem, int threads, Log log) {
        Model model = problem.model();
        if (!model.isExact()) {
            return;
        }
        if (model.fixedPoints()) {
            log.info("exact model: solving the boundary equation at {} and {} points, assembling and factoring on {}"
                    + " threads", model.points() / 2, model.points(), threads);
        } else {
            log.info("exact model: solving the boundary equation, refining the boundary (doubling its points; at"
                    + " corners, halving its panels) until the solution settles within {}, assembling and factoring on"
                    + " {} threads", number(model.tolerance()), threads);
        }
    }

    /**
     * After solving: the exact model's points, estimated error, change and times; with several
     * obstacles, one line for the whole system (total points at each level, the largest error and
     * change) and one per obstacle; nothing for the Kirchhoff model.
     */
    static void solved(Problem problem, PreparedModel prepared, Log log) {
        if (prepared.exact() == null) {
            return;
        }
        Model model = problem.model();
        List<SolvedBoundary> solutions = prepared.exact().boundaries();
        List<BoundarySolution.Level> levels = prepared.exact().levels();
        BoundarySolution.Level last = levels.get(levels.size() - 1);
        BoundarySolution.Level coarser = levels.size() < 2 ? null : levels.get(levels.size() - 2);
        double error = solutions.stream().mapToDouble(SolvedBoundary::errorEstimate).max().orElse(Double.NaN);
        if (solutions.stream().anyMatch(s -> Double.isNaN(s.errorEstimate()))) {
            error = Double.NaN;
        }
        String counts = levels.stream().map(l -> Integer.toString(l.points())).collect(Collectors.joining(", "));
        if (solutions.size() == 1) {
            SolvedBoundary solution = solutions.get(0);
            CornerLog.corners(prepared.exact(), log);
            log.info("exact model, sound-{}: {} boundary points ({}; solved at {}), estimated error {}, change {} from {}"
                            + " points ({}); solve {} s: assembly {} s, LU {} s", model.condition().label(),
                    solution.points(), model.fixedPoints() ? "fixed by --points"
                            : "doubled until the solution settled", counts,
                    number(solution.errorEstimate()), number(solution.change()), coarser == null ? 0 : coarser.points(),
                    model.fixedPoints() ? "the error of that coarser solution"
                            : "tolerance " + number(model.tolerance()), seconds(prepared.solveNanos()),
                    seconds(levels.stream().mapToLong(BoundarySolution.Level::assemblyNanos).sum()),
                    seconds(levels.stream().mapToLong(BoundarySolution.Level::factorNanos).sum()));
        } else {
            CornerLog.obstacles(prepared.exact(), log);
            log.info("exact model, sound-{}, {} obstacles: {} boundary points in all ({}; solved at {}), estimated"
                            + " error {}, change {} from {} points ({}); solve {} s: assembly {} s, LU {} s",
                    model.condition().label(), solutions.size(), prepared.points(), model.fixedPoints()
                            ? "fixed by --points on each" : prepared.exact().panels() != null ? "the panels of all halved"
                            + " together until their far field settled" : "doubled on each obstacle until its solution settled",
                    counts, number(error), number(last.change()), coarser == null ? 0 : coarser.points(),
                    model.fixedPoints() ? "the error of that coarser solution"
                            : "tolerance " + number(model.tolerance()), seconds(prepared.solveNanos()),
                    seconds(levels.stream().mapToLong(BoundarySolution.Level::assemblyNanos).sum()),
                    seconds(levels.stream().mapToLong(BoundarySolution.Level::factorNanos).sum()));
            for (int b = 0; b < solutions.size(); b++) {
                SolvedBoundary s = solutions.get(b);
                log.info("exact model, obstacle {}: {} boundary points, estimated error {}, change {}", b + 1,
                        s.points(), number(s.errorEstimate()), number(s.change()));
            }
        }
        if (model.fixedPoints() && !(error <= model.tolerance())) {
            log.warn("--points {}: the boundary solution's estimated error is {}, above --tol {}; use more points, or"
                            + " leave --points out to double them until it is below --tol", model.points(),
                    number(error), number(model.tolerance()));
        } else if (CornerLog.raised(prepared.exact(), model, log)) {
            return;
        } else if (!(error <= model.tolerance())) {
            log.warn("--tol {}: the boundary solution's estimated error is {}, which is rounding at this wavelength"
                            + " (more points cannot lower it); use --tol {} or more", number(model.tolerance()),
                    number(error), number(roundedUp(error)));
        }
    }

    /**
     * The exact model's residual is judged against its bound times this: the bound takes the
     * density's last change as its error, an estimate, not a proof.
     */
    static final double RESIDUAL_MARGIN = 10;
    /** A bound above this leaves the optical theorem nothing to check, and the log says so. */
    static final double MEANINGLESS_BOUND = 0.1;

    /**
     * The far field's widths and the optical theorem's residual (sigma_s - sigma_ext) / sigma_s. For
     * the exact model it is a self-check of the whole solution, judged against what the density's
     * estimated error and rounding allow ({@link FarFieldPattern#residualBound()}: about 1e-13 on the
     * default obstacle, of order 1 at wavelengths a million times the obstacle, where sigma_s is
     * far below the rounding of the forward amplitude), with a warning beyond {@value #RESIDUAL_MARGIN}
     * times that; for the Kirchhoff model it is the approximation's energy error, not a fault.
     */
    static void farField(Problem problem, FarFieldPattern far, Log log) {
        if (problem.source() != null) {
            log.info("far field: sigma_s {} ({} times the 1/(4k) the source alone radiates); the optical theorem is"
                    + " the plane wave's and does not apply to a line source: no residual", significant(far.sigmaS()),
                    significant(far.sigmaS() * 4 * 2 * Math.PI / problem.wavelength()));
            return;
        }
        if (!problem.model().isExact()) {
            log.info("far field: sigma_s {}; optical theorem residual {} %: the Kirchhoff approximation's energy"
                    + " error", significant(far.sigmaS()), String.format(Locale.ROOT, "%.3g", 100 * far.residual()));
            return;
        }
        double bound = far.residualBound();
        Check check = Check.of(far);
        if (check == Check.FAILED) {
            log.warn("optical theorem residual {}, more than the {} that the exact solution's estimated error and"
                    + " rounding allow: the solution is less accurate than its estimate says; use a smaller --tol or"
                    + " more --points", number(far.residual()), number(bound));
        } else if (check == Check.UNINFORMATIVE) {
            log.info("far field: sigma_s {}; optical theorem residual {}, which checks nothing here: the exact"
                    + " solution's estimated error and rounding allow up to {} (a coarse solution, or at a long"
                    + " wavelength a sigma_s tiny against the forward amplitude)", significant(far.sigmaS()),
                    number(far.residual()), number(bound));
        } else {
            log.info("far field: sigma_s {}; optical theorem residual {} (self-check of the exact solution: its"
                    + " estimated error and rounding allow {})", significant(far.sigmaS()), number(far.residual()),
                    number(bound));
        }
    }

    /** What the optical theorem says of an exact solution. */
    enum Check {
        /** The residual is more than {@value #RESIDUAL_MARGIN} times its bound: the solution is worse than estimated. */
        FAILED,
        /** Within a bound above {@value #MEANINGLESS_BOUND}: the theorem cannot check this solution. */
        UNINFORMATIVE,
        /** Within its bound. */
        PASSED;

        static Check of(FarFieldPattern far) {
            double bound = far.residualBound();
            if (!(Math.abs(far.residual()) <= RESIDUAL_MARGIN * bound)) {
                return FAILED;
            }
            return bound > MEANINGLESS_BOUND ? UNINFORMATIVE : PASSED;
        }
    }

    /** Six significant digits, for widths. */
    private static String significant(double value) {
        return String.format(Locale.ROOT, "%.6g", value);
    }

    /**
     * The compute time's parts for the final log line: " (solve 0.421 s: assembly 0.110 s, LU 0.190 s;
     * field 0.391 s)" for the exact model, nothing for the Kirchhoff model (all of it is the field).
     */
    static String phases(PreparedModel prepared, double fieldSeconds) {
        if (prepared.exact() == null) {
            return "";
        }
        List<BoundarySolution.Level> levels = prepared.exact().levels();
        return String.format(Locale.ROOT, " (solve %s s: assembly %s s, LU %s s; field %.3f s)",
                seconds(prepared.solveNanos()),
                seconds(levels.stream().mapToLong(BoundarySolution.Level::assemblyNanos).sum()),
                seconds(levels.stream().mapToLong(BoundarySolution.Level::factorNanos).sum()), fieldSeconds);
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.3f", nanos * 1e-9);
    }

    /** The smallest number of two significant digits at or above a positive {@code value}, as {@link #number} prints it. */
    static double roundedUp(double value) {
        double unit = Math.pow(10, Math.floor(Math.log10(value)) - 1);
        return Double.parseDouble(number(Math.ceil(value / unit) * unit));
    }

    /** Two significant digits, "1e-12" rather than "1.0e-12". */
    static String number(double value) {
        return String.format(Locale.ROOT, "%.2g", value).replaceFirst("\\.0(e|$)", "$1");
    }
}
