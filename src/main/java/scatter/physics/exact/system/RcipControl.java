package scatter.physics.exact.system;

import java.util.ArrayList;
import java.util.List;
import scatter.linalg.ParallelRows;
import scatter.physics.exact.curve.PolygonBoundary;
import scatter.physics.exact.system.rcip.CornerCache;
import scatter.physics.exact.system.rcip.Formulation;
import scatter.physics.exact.system.rcip.PanelSolution;
import scatter.physics.exact.system.rcip.RcipBoundary;
import scatter.physics.exact.system.rcip.RcipObstacles;
import scatter.physics.exact.system.rcip.RcipSolver;
import scatter.physics.exact.system.rcip.SolvedObstacles;

/**
 * A polygon with straight sides solved by RCIP ({@link RcipSolver#compressed}, the corners kept for
 * the field next to them) to a tolerance, as the command line asks: the coarse panel length H starts
 * at {@link #startPanelLength} and halves until the far field at {@value #ANGLES} angles changes by
 * less than the tolerance of max |f| between two successive H (Helsing's tutorial, arXiv:1207.6737;
 * docs/exact.md, "Corners"). The change bounds the coarser solution's error, and the finer one,
 * returned, converges spectrally in H. Every step on the caller's {@link RowRunner} (the corners'
 * recursions, the assembly, the LU), told before each level's system
 * ({@link RowRunner#beforeSystem(int, int)}): the same solution bit for bit on any threads. Sound-hard
 * the single layer solves (one unknown per node); if the guard does not accept it at some panel length
 * ({@link RcipSolver#accepts}: near an interior resonance, for the tolerance), the single layer with
 * sources inside (one unknown per node, uniquely solvable at every k) solves there and on; only if the
 * guard does not accept that either, the regularised system (three) solves the whole halving again from
 * its own start.
 */
public final class RcipControl {
    /** Far-field angles compared between two panel lengths. */
    static final int ANGLES = 64;
    /**
     * Changes below this that stop falling (the next at least half of it) end the halving: the
     * accuracy has reached rounding, and shorter panels would only cost time.
     */
    static final double LEVELS_OFF_BELOW = 1e-10;
    /**
     * Relative rounding of the coordinates, in units of the double's epsilon times the largest coordinate
     * over the size, below which the changes also level off: a polygon 3e6 from the origin has its points
     * rounded to 5e-10 each, and its far field cannot settle below some 1e-10 of a size of 2.
     */
    static final double ROUNDING_EPSILONS = 100;

    private RcipControl() {
    }

    /**
     * Wavelengths in the first panel length: the soft problem's far field on panels of one wavelength is
     * off by about 1e-12 (the square of side 2 at lambda 0.5: 8e-13; the L-shape of sides 2 and 1 at lambda
     * 0.1: 4.6e-12), so that a check against the default --tol from there needs a third, costlier, panel
     * length; three quarters of one avoid it. The hard problem starts at one wavelength, where the square
     * changes by 7.2e-13 to the next.
     */
    static final double SOFT_START = 0.75;

    /**
     * The first panel length: {@value #SOFT_START} of a wavelength soft, one wavelength hard, at most a
     * quarter of the shortest side; twice that when the unknowns of the halved panels would exceed
     * {@code maxUnknowns} but those of the start would not, so that the two solves that check each other fit.
     */
    public static double startPanelLength(PolygonBoundary polygon, double k, BoundaryCondition condition,
            int maxUnknowns) {
        return startPanelLength(polygon, k, Formulation.first(condition), maxUnknowns);
    }

    /** As {@link #startPanelLength(PolygonBoundary, double, BoundaryCondition, int)}, the unknowns those of {@code formulation}. */
    static double startPanelLength(PolygonBoundary polygon, double k, Formulation formulation, int maxUnknowns) {
        double shortest = polygon.shortestSide();
        double wavelengths = formulation == Formulation.COMBINED_FIELD ? SOFT_START : 1;
        double h = Math.min(wavelengths * 2 * Math.PI / k, 0.25 * shortest);
        if (RcipBoundary.unknowns(polygon, 0.5 * h, formulation) > maxUnknowns
                && RcipBoundary.unknowns(polygon, h, formulation) <= maxUnknowns) {
            h *= 2;
        }
        return h;
    }

    /**
     * Solves with H halving from {@link #startPanelLength} until the change of f is below {@code tolerance}.
     *
     * @throws NotConvergedException if the next halving would exceed {@code maxUnknowns} first (its change
     *     NaN if not even two panel lengths fit), or if the changes, already below {@link #levelsOffBelow},
     *     stopped falling (its {@link NotConvergedException#levelledOff()})
     * @throws ResonanceException if the guard accepted neither the single layer's solution nor its
     *     modification's, and the regularised system, solved from the start in their place, reached
     *     {@code maxUnknowns} without meeting the tolerance
     * @throws InterruptedException if the thread is interrupted
     */
    public static RcipBoundary solve(PolygonBoundary polygon, double k, IncidentData incident,
            BoundaryCondition condition, double tolerance, int maxUnknowns, RowRunner rows)
            throws InterruptedException {
        double[] rejected = {Double.NaN, Double.NaN};
        RcipBoundary solved = solve(polygon, k, incident, Formulation.first(condition), tolerance, maxUnknowns, rows,
                rejected);
        if (solved != null) {
            return solved;
        }
        try {
            return solve(polygon, k, incident, Formulation.REGULARISED, tolerance, maxUnknowns, rows, rejected);
        } catch (NotConvergedException e) {
            if (!Double.isNaN(e.levelledOff())) {
                throw e;
            }
            throw new ResonanceException(rejected[0], rejected[1], e.points(), maxUnknowns, e.change(), tolerance);
        }
    }

    /** One solve per panel length, of one polygon or of several obstacles. */
    private interface Halving {
        /** The coarse system's unknowns at panel length h. */
        int unknowns(double h);

        /**
         * The solve at panel length h in {@code formulation} (the first, or the single layer with sources
         * inside after it: the same unknowns and levels), the corners kept, the recursions from {@code corners}.
         */
        PanelSolution solve(double h, Formulation formulation, CornerCache corners) throws InterruptedException;
    }

    /**
     * The halving from one formulation. Where the guard does not accept the single layer's solution
     * ({@link RcipSolver#accepts}), its condition estimate goes to {@code rejected[0]} and the modified
     * single layer ({@link Formulation#MODIFIED_SINGLE_LAYER}: the same unknowns, levels and corners'
     * recursions) solves at the same panels and on; where the guard does not accept that either, its
     * estimate goes to {@code rejected[1]} and null is returned: the regularised system then solves from
     * its own start, its unknowns three per node.
     */
    private static RcipBoundary solve(PolygonBoundary polygon, double k, IncidentData incident, Formulation formulation,
            double tolerance, int maxUnknowns, RowRunner rows, double[] rejected) throws InterruptedException {
        int levels = RcipBoundary.cornerLevels(polygon, formulation, tolerance);
        ParallelRows ranges = (count, range) -> rows.forRows(count, range::run);
        Halving halving = new Halving() {
            @Override
            public int unknowns(double h) {
                return RcipBoundary.unknowns(polygon, h, formulation);
            }

            @Override
            public PanelSolution solve(double h, Formulation f, CornerCache corners) throws InterruptedException {
                return RcipSolver.compressed(polygon, h, levels, k, f, incident, ranges, true, corners);
            }
        };
        double[] reached = new double[2];
        List<BoundarySolution.Level> done = new ArrayList<>();
        PanelSolution s = halve(halving, formulation, startPanelLength(polygon, k, formulation, maxUnknowns), tolerance,
                maxUnknowns, levelsOffBelow(polygon), rows, rejected, done, reached);
        return s == null ? null : new RcipBoundary(polygon, s, formulation.condition(), reached[0], levels, reached[1],
                done, rejected[0], rejected[1]);
    }

    /**
     * Several obstacles, at least one with corners, solved together by RCIP ({@link RcipObstacles}) to a
     * tolerance as one polygon is ({@link #solve(PolygonBoundary, double, IncidentData, BoundaryCondition,
     * double, int, RowRunner)}): every panel halving together (each corner's, and each smooth curve's),
     * the change of the far field of them all; sound-hard the single layer on the whole system, the single
     * layer with sources inside every obstacle with corners if the guard rejects it, and the regularised
     * system from its own start if the guard rejects that too.
     *
     * @throws NotConvergedException, ResonanceException as for one polygon
     * @throws InterruptedException if the thread is interrupted
     */
    public static SolvedObstacles solve(RcipObstacles obstacles, IncidentData incident, BoundaryCondition condition,
            double tolerance, int maxUnknowns, RowRunner rows) throws InterruptedException {
        double[] rejected = {Double.NaN, Double.NaN};
        SolvedObstacles solved = solve(obstacles, incident, Formulation.first(condition), tolerance, maxUnknowns, rows,
                rejected);
        if (solved != null) {
            return solved;
        }
        try {
            return solve(obstacles, incident, Formulation.REGULARISED, tolerance, maxUnknowns, rows, rejected);
        } catch (NotConvergedException e) {
            if (!Double.isNaN(e.levelledOff())) {
                throw e;
            }
            throw new ResonanceException(rejected[0], rejected[1], e.points(), maxUnknowns, e.change(), tolerance);
        }
    }

    /**
     * The first panel length of several obstacles: as for one polygon ({@link #startPanelLength(PolygonBoundary,
     * double, BoundaryCondition, int)}), at most a quarter of the shortest side of any obstacle with corners.
     */
    public static double startPanelLength(RcipObstacles obstacles, BoundaryCondition condition, int maxUnknowns) {
        return startPanelLength(obstacles, Formulation.first(condition), maxUnknowns);
    }

    private static double startPanelLength(RcipObstacles obstacles, Formulation formulation, int maxUnknowns) {
        double h = obstacles.startPanelLength(formulation == Formulation.COMBINED_FIELD ? SOFT_START : 1);
        if (obstacles.unknowns(0.5 * h, formulation) > maxUnknowns && obstacles.unknowns(h, formulation) <= maxUnknowns) {
            h *= 2;
        }
        return h;
    }

    private static SolvedObstacles solve(RcipObstacles obstacles, IncidentData incident, Formulation formulation,
            double tolerance, int maxUnknowns, RowRunner rows, double[] rejected) throws InterruptedException {
        int levels = obstacles.cornerLevels(formulation, tolerance);
        ParallelRows ranges = (count, range) -> rows.forRows(count, range::run);
        Halving halving = new Halving() {
            @Override
            public int unknowns(double h) {
                return obstacles.unknowns(h, formulation);
            }

            @Override
            public PanelSolution solve(double h, Formulation f, CornerCache corners) throws InterruptedException {
                return obstacles.compressed(h, levels, f, incident, ranges, true, corners);
            }
        };
        double h = startPanelLength(obstacles, formulation, maxUnknowns);
        double[] reached = new double[2];
        List<BoundarySolution.Level> done = new ArrayList<>();
        double[] box = obstacles.box();
        double magnitude = Math.max(Math.max(Math.abs(box[0]), Math.abs(box[1])), Math.max(Math.abs(box[2]),
                Math.abs(box[3])));
        double floor = levelsOffBelow(magnitude, Math.max(box[1] - box[0], box[3] - box[2]));
        PanelSolution s = halve(halving, formulation, h, tolerance, maxUnknowns, floor, rows, rejected, done, reached);
        return s == null ? null : new SolvedObstacles(obstacles, s, reached[0], levels, reached[1], done, rejected[0],
                rejected[1]);
    }

    /**
     * H halving from {@code h} until the change of f is below the tolerance: the finer solution, its H in
     * {@code reached[0]} and its change in {@code reached[1]}, every level in {@code done}. Where the guard
     * does not accept the single layer's solution ({@link RcipSolver#accepts}), its estimate goes to
     * {@code rejected[0]} and the single layer with sources inside ({@link Formulation#MODIFIED_SINGLE_LAYER})
     * solves at the same panels and on; where the guard does not accept that either, its estimate goes to
     * {@code rejected[1]} and null is returned.
     */
    private static PanelSolution halve(Halving halving, Formulation first, double h, double tolerance, int maxUnknowns, double floor,
            RowRunner rows, double[] rejected, List<BoundarySolution.Level> done, double[] reached)
            throws InterruptedException {
        int previousUnknowns = 0;
        double[][] fPrevious = null;
        // two halvings from one recursion per corner: most solves stop at the second or third panel length
        CornerCache corners = new CornerCache(2);
        double change = Double.NaN;
        double lastChange = Double.NaN;
        Formulation formulation = first;
        while (true) {
            int unknowns = halving.unknowns(h);
            if (unknowns > maxUnknowns) {
                throw new NotConvergedException(previousUnknowns == 0 ? unknowns : previousUnknowns, change, Double.NaN,
                        tolerance);
            }
            rows.beforeSystem(unknowns, 16);
            PanelSolution s = halving.solve(h, formulation, corners);
            if (!RcipSolver.accepts(s, tolerance)) {
                if (formulation == Formulation.SINGLE_LAYER) {
                    rejected[0] = s.conditionEstimate();
                    formulation = Formulation.MODIFIED_SINGLE_LAYER;
                    continue;
                }
                rejected[1] = s.conditionEstimate();
                return null;
            }
            double[][] f = pattern(s);
            if (fPrevious != null) {
                change = change(f, fPrevious);
            }
            done.add(new BoundarySolution.Level(s.unknowns() / s.formulation().components(), change, change, s.nanos() - s.factorNanos(),
                    s.factorNanos()));
            if (change < tolerance) {
                reached[0] = h;
                reached[1] = change;
                return s;
            }
            if (lastChange < floor && !(change < 0.5 * lastChange)) {
                throw new NotConvergedException(s.unknowns(), change, Double.NaN, tolerance, lastChange);
            }
            lastChange = change;
            previousUnknowns = s.unknowns();
            fPrevious = f;
            h *= 0.5;
        }
    }

    /**
     * Below what changes that stop falling end the halving: {@value #LEVELS_OFF_BELOW}, or the rounding of
     * the coordinates, {@value #ROUNDING_EPSILONS} epsilon times the largest vertex coordinate over the size,
     * whichever is more.
     */
    static double levelsOffBelow(PolygonBoundary polygon) {
        double magnitude = 0;
        for (int c = 0; c < polygon.sides(); c++) {
            magnitude = Math.max(magnitude, Math.max(Math.abs(polygon.vertexX(c)), Math.abs(polygon.vertexY(c))));
        }
        return levelsOffBelow(magnitude, polygon.size());
    }

    /** As {@link #levelsOffBelow(PolygonBoundary)} for the largest coordinate and the size given. */
    private static double levelsOffBelow(double magnitude, double size) {
        return Math.max(LEVELS_OFF_BELOW, ROUNDING_EPSILONS * Math.ulp(1.0) * magnitude / size);
    }

    private static double[][] pattern(PanelSolution s) {
        double[][] f = new double[ANGLES][];
        for (int a = 0; a < ANGLES; a++) {
            f[a] = s.farField(2 * Math.PI * a / ANGLES);
        }
        return f;
    }

    /** max |f - fPrevious| / max |f| over the angles. */
    private static double change(double[][] f, double[][] fPrevious) {
        double largest = 0;
        double worst = 0;
        for (int a = 0; a < f.length; a++) {
            largest = Math.max(largest, Math.hypot(f[a][0], f[a][1]));
            worst = Math.max(worst, Math.hypot(f[a][0] - fPrevious[a][0], f[a][1] - fPrevious[a][1]));
        }
        return worst / largest;
    }
}
