package scatter.physics.exact.system.rcip;

import scatter.linalg.ComplexLu;
import scatter.linalg.ParallelRows;
import scatter.physics.exact.curve.PolygonBoundary;
import scatter.physics.exact.system.BoundaryCondition;
import scatter.physics.exact.system.Coupling;
import scatter.physics.exact.system.IncidentData;
import scatter.physics.exact.system.Resolution;

/**
 * A boundary with corners (straight or curved sides, {@link PolygonPanels}; a corner with a curved
 * side compressed by {@link CurvedCorner}): its equation on panels (soft: the combined field,
 * {@link CombinedField}; hard: the single layer, one unknown per node, {@link RegularisedHard#singleLayer},
 * where the guard vouches for it ({@link #accepts(PanelSolution, double)}), else the same with sources
 * inside ({@link InteriorSources}, still one unknown per node) where the guard vouches for that, else the
 * regularised block system, three, {@link RegularisedHard}; {@link Formulation}), either on the dyadically refined mesh as
 * it is ({@link #refined}), or compressed by RCIP ({@link #compressed}): (I + M^o R) rho~ = b on the
 * coarse mesh, M^o the coarse operator without the interactions inside each corner's four panels, R
 * block diagonal with each corner's {@link CornerCompression} block (the identity elsewhere), and
 * R rho~ the weight-corrected density (Helsing's tutorial, arXiv:1207.6737, eqs. (19)-(24)). Both solve
 * the same discrete equation: their fields agree to rounding for the same levels. The coupling eta
 * is the exact model's ({@link Coupling}), rho of the hard problem 4 R0 as on the graded mesh.
 */
public final class RcipSolver {
    private RcipSolver() {
    }

    private static BoundaryOperator operator(PolygonBoundary polygon, double k, Formulation formulation) {
        double r0 = 0.5 * Math.sqrt(2) * polygon.size();
        double eta = Coupling.eta(k, r0);
        return switch (formulation) {
            case COMBINED_FIELD -> new CombinedField(k, eta);
            case SINGLE_LAYER, MODIFIED_SINGLE_LAYER -> RegularisedHard.singleLayer(k);
            case REGULARISED -> new RegularisedHard(k, eta, 4 * r0);
        };
    }

    /** The coupling of the representation: the exact model's, 0 for the single layer (no double layer). */
    private static double eta(PolygonBoundary polygon, double k, Formulation formulation) {
        return formulation.singleLayer() ? 0 : Coupling.eta(k, 0.5 * Math.sqrt(2) * polygon.size());
    }

    /**
     * The single-layer solution's error per unit of its coarse system's condition number (infinity
     * norm, as {@link #compressed} estimates it), relative to max |u_s| and max |f|: near an interior
     * resonance the field and the far field err by up to 1.1e-15 times the condition (the square of side
     * 2 at k within 1e-1 .. 1e-8 of three Dirichlet eigenvalues, docs/exact.md, "Corners"); taken 5 times
     * that, for a margin.
     */
    public static final double ERROR_PER_CONDITION = 5e-15;

    /**
     * True if the solution may stand for the tolerance: any but the single layer's, and the single
     * layer's if {@link #ERROR_PER_CONDITION} times its estimated condition is at most {@code tolerance}
     * (1e-12: a condition of 200; the square of side 2 at lambda 0.5 has 11).
     */
    public static boolean accepts(PanelSolution s, double tolerance) {
        return !s.formulation().singleLayer() || ERROR_PER_CONDITION * s.conditionEstimate() <= tolerance;
    }

    /** Steps of inverse iteration in the condition estimate. */
    static final int INVERSE_STEPS = 4;

    /**
     * ||A||_inf times a lower bound on ||A^-1||_inf: {@value #INVERSE_STEPS} steps of inverse iteration
     * x &lt;- A^-1 x / ||x|| with the LU made, from a fixed vector of unit entries e^{i j g} (g the golden
     * angle), the largest ||A^-1 x||_inf / ||x||_inf; O(n^2) each. A near-null direction of A, isolated
     * by a small singular value, dominates after a step or two.
     */
    static double conditionEstimate(ComplexLu lu, double norm, int n) {
        double[] x = new double[2 * n];
        double g = Math.PI * (3 - Math.sqrt(5));
        for (int j = 0; j < n; j++) {
            x[2 * j] = Math.cos(g * j);
            x[2 * j + 1] = Math.sin(g * j);
        }
        double most = 0;
        double xNorm = 1;
        for (int step = 0; step < INVERSE_STEPS; step++) {
            double[] y = lu.solve(x);
            double yNorm = 0;
            for (int j = 0; j < n; j++) {
                yNorm = Math.max(yNorm, Math.hypot(y[2 * j], y[2 * j + 1]));
            }
            if (!(yNorm < Double.POSITIVE_INFINITY)) {
                return Double.POSITIVE_INFINITY;
            }
            most = Math.max(most, yNorm / xNorm);
            for (int j = 0; j < 2 * n; j++) {
                y[j] /= yNorm;
            }
            x = y;
            xNorm = 1;
        }
        return norm * most;
    }

    /** The most unknowns a controlled solve takes (its dense matrix 16 bytes each squared: 256 MiB). */
    public static final int MOST_UNKNOWNS = 4096;
    /** The soft problem's levels: its errors stop changing from 20 on (docs/exact.md, "Corners"). */
    static final int SOFT_LEVELS = 30;

    /**
     * The levels the hard problem compresses at a corner for a tolerance: its single-layer density
     * grows like r^(beta - 1) at a corner of interior angle a, beta = pi/(2 pi - a) (the exterior
     * Neumann problem's exponent), so the innermost panel left unresolved after L levels weighs about
     * 2^(-L beta); L = log2(1/tol)/beta + 4, beta at most 1 (re-entrant corners), the largest over
     * the corners.
     */
    static int hardLevels(PolygonPanels panels, int m, double tolerance) {
        return hardLevels(panels, m, tolerance, false);
    }

    /**
     * The levels the single layer compresses at a corner for a tolerance. Its outputs (far field, field,
     * close field) are functionals of the density; at a convex corner (interior angle a &lt; pi) the
     * density grows like r^(beta - 1) from the exterior problem, and a functional's error from the
     * unresolved innermost panels is the product of the density's error there and its adjoint's, each
     * about 2^(-L beta): log2(1/tol)/(2 beta) + 4. Measured on the square (beta 2/3, a plane wave,
     * H = 0.25, the far field at 72 angles against 90 levels): 9.4e-7, 2.3e-8, 5.8e-10, 1.4e-11, 3.6e-13,
     * 8.8e-15 at 4, 8, .. 24 levels, a factor of 40 = 2^(4 (4/3)) each four, and rounding from 28 on;
     * the close field 1e-1 to 1e-12 from a corner the same to rounding at 30 and 34 levels as at 64
     * (docs/exact.md, "Corners"). At a re-entrant corner (a &gt; pi) the single layer's density also
     * carries the interior Dirichlet problem's r^(pi/a - 1), whose error was measured falling only at
     * 2^(-L pi/a) (the L-shape, interior source, 5e-9 at 29 levels): there log2(1/tol)/(pi/a) + 4.
     * The largest over the corners. The regularised system keeps
     * {@link #hardLevels(PolygonPanels, int, double)}.
     */
    static int singleLayerLevels(PolygonPanels panels, int m, double tolerance) {
        return hardLevels(panels, m, tolerance, true);
    }

    private static int hardLevels(PolygonPanels panels, int m, double tolerance, boolean singleLayer) {
        double[] e = new double[2];
        double[] f = new double[2];
        double bits = Math.log(1 / tolerance) / Math.log(2);
        int most = 0;
        for (int c = 0; c < m; c++) {
            panels.incoming(c, e);
            panels.outgoing(c, f);
            double turn = Math.atan2(e[0] * f[1] - e[1] * f[0], e[0] * f[0] + e[1] * f[1]);
            double beta = Math.min(1, Math.PI / (Math.PI + turn));
            if (!singleLayer) {
                most = Math.max(most, (int) Math.ceil(Math.log(1 / tolerance) / Math.log(2) / beta) + 4);
                continue;
            }
            most = Math.max(most, (int) Math.ceil(bits / (2 * beta)) + 4);
            double inside = Math.PI / (Math.PI - turn);
            if (inside < 1) {
                most = Math.max(most, (int) Math.ceil(bits / inside) + 4);
            }
        }
        return most;
    }

    /**
     * Solved to a tolerance: the coarse panels start at a wavelength (16 nodes per wavelength) and
     * halve until f, at 64 angles, changes by less than {@code tolerance} of max |f| between two
     * successive panel lengths; the finer solution is returned with that change
     * ({@link PanelSolution#change()}). If the unknowns would exceed {@link #MOST_UNKNOWNS} first,
     * the last solution is returned with its last change, above the tolerance: the caller refuses it.
     */
    public static PanelSolution solve(PolygonBoundary polygon, double k, BoundaryCondition condition, IncidentData incident,
            double tolerance, ParallelRows rows) throws InterruptedException {
        int levels = condition == BoundaryCondition.SOFT ? SOFT_LEVELS
                : hardLevels(new PolygonPanels(polygon, 1), polygon.sides(), tolerance);
        int comps = Formulation.first(condition).components();
        double h = 2 * Math.PI / k;
        PanelSolution previous = compressed(polygon, h, levels, k, condition, incident, rows);
        double[][] fPrevious = pattern(previous);
        double change = Double.POSITIVE_INFINITY;
        while (true) {
            double next = 0.5 * h;
            if (comps * new PolygonPanels(polygon, next).coarse.nodes() > MOST_UNKNOWNS) {
                return previous.controlled(change, h, levels);
            }
            PanelSolution finer = compressed(polygon, next, levels, k, condition, incident, rows);
            double[][] f = pattern(finer);
            double largest = 0;
            double worst = 0;
            for (int a = 0; a < f.length; a++) {
                largest = Math.max(largest, Math.hypot(f[a][0], f[a][1]));
                worst = Math.max(worst, Math.hypot(f[a][0] - fPrevious[a][0], f[a][1] - fPrevious[a][1]));
            }
            change = worst / largest;
            h = next;
            previous = finer;
            fPrevious = f;
            if (change < tolerance) {
                return finer.controlled(change, h, levels);
            }
        }
    }

    private static double[][] pattern(PanelSolution s) {
        double[][] f = new double[64][];
        for (int a = 0; a < 64; a++) {
            f[a] = s.farField(2 * Math.PI * a / 64);
        }
        return f;
    }

    /** On the refined mesh: panels at most {@code panelLength} long, the corner panels halved {@code levels} times. */
    public static PanelSolution refined(PolygonBoundary polygon, double panelLength, int levels, double k,
            BoundaryCondition condition, IncidentData incident, ParallelRows rows) throws InterruptedException {
        return refined(polygon, panelLength, levels, k, Formulation.first(condition), incident, rows);
    }

    /** As {@link #refined(PolygonBoundary, double, int, double, BoundaryCondition, IncidentData, ParallelRows)} with the formulation given. */
    public static PanelSolution refined(PolygonBoundary polygon, double panelLength, int levels, double k,
            Formulation formulation, IncidentData incident, ParallelRows rows) throws InterruptedException {
        long start = System.nanoTime();
        BoundaryOperator op = operator(polygon, k, formulation);
        PolygonPanels panels = new PolygonPanels(polygon, panelLength);
        PanelMesh mesh = panels.refined(panelLength, levels);
        int n = op.components() * mesh.nodes();
        double[] a = new double[2 * n * n];
        rows.forRows(mesh.nodes(), (from, to) -> op.rows(mesh, from, to, a));
        for (int i = 0; i < n; i++) {
            a[2 * (i * n + i)] += 1;
        }
        double[] u = ComplexLu.factor(a, n, rows).solve(op.rightHandSide(mesh, incident));
        return new PanelSolution(mesh, u, k, eta(polygon, k, formulation), formulation, System.nanoTime() - start);
    }

    /** By RCIP: coarse panels at most {@code panelLength} long, each corner compressed over {@code levels} levels. */
    public static PanelSolution compressed(PolygonBoundary polygon, double panelLength, int levels, double k,
            BoundaryCondition condition, IncidentData incident, ParallelRows rows) throws InterruptedException {
        return compressed(polygon, panelLength, levels, k, condition, incident, rows, false);
    }

    /**
     * As {@link #compressed(PolygonBoundary, double, int, double, BoundaryCondition, IncidentData, ParallelRows)};
     * with {@code keepCorners} each corner's refined density is recovered by the backward recursion
     * ({@link CornerDensity}), for {@link PanelSolution#closeField}: the forward recursion then keeps
     * what it needs, about 0.07 MB a level soft and 0.6 MB hard per distinct corner (congruent corners share it), and the refined
     * density 16 c (2 L + 4) complex values per corner. The same solution either way.
     */
    public static PanelSolution compressed(PolygonBoundary polygon, double panelLength, int levels, double k,
            BoundaryCondition condition, IncidentData incident, ParallelRows rows, boolean keepCorners)
            throws InterruptedException {
        return compressed(polygon, panelLength, levels, k, condition, incident, rows, keepCorners, null);
    }

    /**
     * As {@link #compressed(PolygonBoundary, double, int, double, BoundaryCondition, IncidentData, ParallelRows, boolean)},
     * the corners' recursions taken from {@code cache} where it holds them (a solve on panels twice as
     * long, the same k and condition, made with the same cache), and kept there otherwise; null for none.
     * A corner may then be compressed over more levels than asked, never fewer. Sound-hard the single
     * layer first, its modification with sources inside if the guard does not accept it for the default
     * tolerance ({@link #accepts(PanelSolution, double)}, {@link Resolution#DEFAULT_TOLERANCE}), and the
     * regularised system if the guard does not accept that either.
     */
    public static PanelSolution compressed(PolygonBoundary polygon, double panelLength, int levels, double k,
            BoundaryCondition condition, IncidentData incident, ParallelRows rows, boolean keepCorners,
            CornerCache cache) throws InterruptedException {
        PanelSolution s = compressed(polygon, panelLength, levels, k, Formulation.first(condition), incident, rows,
                keepCorners, cache);
        if (accepts(s, Resolution.DEFAULT_TOLERANCE)) {
            return s;
        }
        PanelSolution modified = compressed(polygon, panelLength, levels, k, Formulation.MODIFIED_SINGLE_LAYER, incident,
                rows, keepCorners, cache);
        if (accepts(modified, Resolution.DEFAULT_TOLERANCE)) {
            return modified;
        }
        return fallback(s, polygon, panelLength, levels, k, incident, rows, keepCorners, cache);
    }

    /**
     * The regularised system's solution in place of a single-layer one the guard did not accept
     * ({@link #accepts(PanelSolution, double)}), the same panels, levels and cache; it carries the rejected one's condition
     * estimate, which says why.
     */
    private static PanelSolution fallback(PanelSolution rejected, PolygonBoundary polygon, double panelLength, int levels,
            double k, IncidentData incident, ParallelRows rows, boolean keepCorners, CornerCache cache)
            throws InterruptedException {
        PanelSolution regularised = compressed(polygon, panelLength, levels, k, Formulation.REGULARISED, incident,
                rows, keepCorners, cache);
        regularised.conditionEstimate = rejected.conditionEstimate;
        return regularised;
    }

    /**
     * By RCIP in the formulation given, as {@link #compressed(PolygonBoundary, double, int, double,
     * BoundaryCondition, IncidentData, ParallelRows, boolean, CornerCache)} without the guard's choice:
     * the single layer's solution carries its condition estimate ({@link PanelSolution#conditionEstimate}),
     * which {@link #accepts} judges.
     */
    public static PanelSolution compressed(PolygonBoundary polygon, double panelLength, int levels, double k,
            Formulation formulation, IncidentData incident, ParallelRows rows, boolean keepCorners,
            CornerCache cache) throws InterruptedException {
        long start = System.nanoTime();
        BoundaryOperator op = operator(polygon, k, formulation);
        PolygonPanels panels = new PolygonPanels(polygon, panelLength);
        CoarseSystem.Corners corners = CoarseSystem.compress(panels, 0, levels, op, keepCorners, cache, rows);
        InteriorSources inside = formulation == Formulation.MODIFIED_SINGLE_LAYER
                ? InteriorSources.of(polygon, panelLength, k) : null;
        return CoarseSystem.solve(panels.coarse, java.util.List.of(corners), op, k, eta(polygon, k, formulation),
                formulation, inside, incident, rows, keepCorners, start);
    }
}
