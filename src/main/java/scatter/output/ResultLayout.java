package scatter.output;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import scatter.geometry.InsideTest;
import scatter.physics.Field;
import scatter.physics.exact.evaluation.FarFieldPattern;
import scatter.physics.exact.system.BoundaryCondition;
import scatter.physics.exact.system.SolvedBoundary;
import scatter.solve.Evaluation;
import scatter.solve.Model;
import scatter.solve.Problem;

/**
 * The layout of a result file, defined once: the datasets and the root attributes that
 * {@link Hdf5Writer} writes, {@link VtkWriter} names its arrays after, a part file (package
 * {@code split}) extends with its own attributes, and merge reads back into the problem the parts
 * were computed for.
 *
 * <ul>
 *   <li>{@value #X} (nx + 1 values) and {@value #Y} (one per row): node coordinates, float64;</li>
 *   <li>the four {@link Values} (incident and scattered field, real and imaginary parts), float64,
 *       and {@value #INSIDE} (1 inside the obstacle or on its contour, else 0), int32, each of shape
 *       [rows][nx + 1], row j, column i being node (x[i], y[j]);</li>
 *   <li>root attributes: the inputs ({@link #INPUTS}: lambda, nx, ny, nc, xc, yc, angle in degrees,
 *       inside_test), how the sum over the sources was evaluated ({@value #EVALUATION}: "direct", or
 *       "fmm" with the tolerance {@value #FMM_TOL}; {@link #evaluation(Evaluation)}) and
 *       {@value #THREADS}, the worker threads that computed it.</li>
 * </ul>
 * A result without {@value #EVALUATION} was summed directly, as every file of earlier versions
 * ({@link #evaluation(Map)}).
 * A result lit by a line source (--source) has, in place of angle, {@value #INCIDENT} =
 * "{@value #LINE_SOURCE}", {@value #SOURCE_X} and {@value #SOURCE_Y} (float64): the source's position;
 * its incident field datasets hold (i/4) H0(k |x - x0|), and its far-field attributes
 * {@value #SIGMA_S} alone (the optical theorem is the plane wave's).
 * A result with angle was lit by the plane wave, as every file of earlier versions.
 * With several obstacles, xc and yc are obstacle 1's, and obstacle i's follow them as
 * {@code xc_i}, {@code yc_i} ({@link #xcOf(int)}), i = 2, 3, ...; {@value #INSIDE} holds the number
 * of the obstacle a node is in (from 1), 0 outside them all. A result of one obstacle is as before.
 *
 * <p>A result of the exact model has besides ({@link Boundary}):
 * <ul>
 *   <li>the inputs {@link #EXACT_INPUTS} ({@value #MODEL} = "exact", {@value #BC}, {@value #TOLERANCE},
 *       {@value #FIXED_POINTS}) after the others, and inside_test = {@value #SMOOTH_CURVE};</li>
 *   <li>what the solve found, {@link #EXACT_RESULTS}: {@value #POINTS}, the number of boundary points,
 *       {@value #CHANGE}, the boundary solution's relative change from half as many points (the
 *       error of that coarser solution), {@value #ERROR_ESTIMATE}, the estimated error of the
 *       solution used, and {@value #COUPLING}, the coupling eta of the equations it solves (without
 *       which the density means nothing), before the evaluation and threads;</li>
 *   <li>after inside, the datasets {@link #BOUNDARY_DATASETS}, float64 of {@value #POINTS} values:
 *       the boundary points z_j = (x(t_j), y(t_j)), t_j = j / points, and the density psi_j
 *       there (the boundary solution). For a contour with corners (a polygon) they are its graded
 *       points in order along the contour, the corners left out, and the density phi there (for
 *       sound-hard, the single layer's: docs/exact.md, "Corners").</li>
 * </ul>
 * With several obstacles, {@value #POINTS}, {@value #CHANGE}, {@value #ERROR_ESTIMATE} and the
 * {@link #BOUNDARY_DATASETS} are obstacle 1's, and obstacle i's (i = 2, 3, ...) follow as
 * {@code points_i}, {@code change_i}, {@code error_estimate_i} after {@value #COUPLING} (one
 * coupling for all), and datasets {@code boundary_x_i}, {@code boundary_y_i}, {@code density_re_i},
 * {@code density_im_i} after obstacle 1's ({@link #ofObstacle(String, int)}).
 * A result without a {@value #MODEL} attribute is the Kirchhoff model's, as every file of earlier
 * versions.
 *
 * <p>An HDF5 result of either model also holds its far field ({@link FarField}), with u_s(r, theta)
 * = f(theta) e^{ikr}/sqrt(r) + O(r^{-3/2}):
 * <ul>
 *   <li>after the other datasets, {@link #FAR_FIELD_DATASETS}, float64 of L values (L = --angles):
 *       {@value #FAR_FIELD_ANGLE} theta_l = 360 l / L in degrees, anticlockwise from +x, and f there,
 *       {@value #FAR_FIELD_RE} + i {@value #FAR_FIELD_IM};</li>
 *   <li>after the other attributes, {@link #FAR_FIELD_RESULTS}, float64: {@value #SIGMA_S}, the total
 *       scattering width, {@value #SIGMA_EXT}, the extinction width by the optical theorem, and
 *       {@value #RESIDUAL}, (sigma_s - sigma_ext) / sigma_s.</li>
 * </ul>
 * They are the HDF5 writer's alone: the other formats, and the attributes they show, are as before.
 */
public final class ResultLayout {
    /** Column coordinates x_0 .. x_nx. */
    public static final String X = "x";
    /** Row coordinates, y_0 .. y_ny (or a band's rows). */
    public static final String Y = "y";
    /** Inside flags: the number (from 1) of the obstacle a node is on, 0 elsewhere. */
    public static final String INSIDE = "inside";

    /** The float64 values per node, in the order they are stored. */
    public enum Values {
        INCIDENT_RE("incident_re", Field::incidentRe),
        INCIDENT_IM("incident_im", Field::incidentIm),
        SCATTERED_RE("scattered_re", Field::scatteredRe),
        SCATTERED_IM("scattered_im", Field::scatteredIm);

        private final String dataset;
        private final Function<Field, double[]> of;

        Values(String dataset, Function<Field, double[]> of) {
            this.dataset = dataset;
            this.of = of;
        }

        /** The dataset's (and VTK array's) name, e.g. "incident_re". */
        public String dataset() {
            return dataset;
        }

        /** The field's array of these values (the array itself, not a copy). */
        public double[] of(Field field) {
            return of.apply(field);
        }
    }

    /** All datasets in the order they are written: x, y, the four values, inside. */
    public static final List<String> DATASETS = List.of(X, Y, Values.INCIDENT_RE.dataset(),
            Values.INCIDENT_IM.dataset(), Values.SCATTERED_RE.dataset(), Values.SCATTERED_IM.dataset(), INSIDE);

    public static final String LAMBDA = "lambda";
    public static final String NX = "nx";
    public static final String NY = "ny";
    public static final String NC = "nc";
    public static final String XC = "xc";
    public static final String YC = "yc";
    /** Degrees, anticlockwise from +x. */
    public static final String ANGLE = "angle";
    /** "winding" or "cross". */
    public static final String INSIDE_TEST = "inside_test";
    /**
     * With a line source (--source), in place of {@value #ANGLE}: {@value #LINE_SOURCE}, then the
     * source's position {@value #SOURCE_X}, {@value #SOURCE_Y} (a result without it was lit by the
     * plane wave travelling at {@value #ANGLE}).
     */
    public static final String INCIDENT = "incident";
    /** The value of {@value #INCIDENT} for a line source, u_inc = (i/4) H0(k |x - x0|). */
    public static final String LINE_SOURCE = "line source";
    /** The line source's x0. */
    public static final String SOURCE_X = "source_x";
    /** The line source's y0. */
    public static final String SOURCE_Y = "source_y";
    /** The inputs, in the order they are stored. */
    public static final List<String> INPUTS = List.of(LAMBDA, NX, NY, NC, XC, YC, ANGLE, INSIDE_TEST);
    /** The name of obstacle i's x(t) (i from 1): {@value #XC} for the first, "xc_2", "xc_3" ... after it. */
    public static String xcOf(int i) {
        return ofObstacle(XC, i);
    }

    /** The name of obstacle i's y(t) (i from 1): {@value #YC} for the first, "yc_2", "yc_3" ... after it. */
    public static String ycOf(int i) {
        return ofObstacle(YC, i);
    }

    /**
     * The name of obstacle i's attribute or dataset {@code name} (i from 1): {@code name} itself for
     * the first, as a result of one obstacle has it, and "name_2", "name_3" ... after it.
     */
    public static String ofObstacle(String name, int i) {
        return i == 1 ? name : name + "_" + i;
    }

    /** Not an input: how many worker threads computed the result. */
    public static final String THREADS = "threads";
    /**
     * How the sum over the sources was evaluated at the nodes: "direct" (every node against every
     * source), or "fmm" (the fast multipole method, to {@value #FMM_TOL}); the method used, so
     * "direct" where --fmm fell back to the direct sum.
     */
    public static final String EVALUATION = "evaluation";
    /** With {@value #EVALUATION} = "fmm" only: its tolerance, --fmm-tol, relative to max |u_scat|. */
    public static final String FMM_TOL = "fmm_tol";

    /** "exact" (Kirchhoff results have no such attribute). */
    public static final String MODEL = "model";
    /** "hard" or "soft". */
    public static final String BC = "bc";
    /** The tolerance on the boundary solution's change (with fixed points: the warning's threshold). */
    public static final String TOLERANCE = "tolerance";
    /** The number of boundary points fixed by --points, or 0 when they were found by doubling. */
    public static final String FIXED_POINTS = "fixed_points";
    /** The exact model's inputs, in the order they are stored, after {@link #INPUTS}. */
    public static final List<String> EXACT_INPUTS = List.of(MODEL, BC, TOLERANCE, FIXED_POINTS);
    /** The number of boundary points used. */
    public static final String POINTS = "points";
    /**
     * The boundary solution's relative change from half as many points, max_j |psi_N(s_j) -
     * psi_N/2(s_j)| / max |psi_N|: the error of the coarser solution, not of the one used.
     */
    public static final String CHANGE = "change";
    /** The estimated relative error of the boundary solution used, max_j |psi(s_j) - psi_N(s_j)| / max |psi_N|. */
    public static final String ERROR_ESTIMATE = "error_estimate";
    /** The coupling eta of the combined-field equations the density solves (k, or 1/(2 R0) at long wavelengths). */
    public static final String COUPLING = "coupling";
    /** What the exact model's solve found, in the order stored, after the inputs. */
    public static final List<String> EXACT_RESULTS = List.of(POINTS, CHANGE, ERROR_ESTIMATE, COUPLING);
    /** The inside_test of exact results: nodes are tested against the smooth curve. */
    public static final String SMOOTH_CURVE = "smooth";

    public static final String BOUNDARY_X = "boundary_x";
    public static final String BOUNDARY_Y = "boundary_y";
    public static final String DENSITY_RE = "density_re";
    public static final String DENSITY_IM = "density_im";
    /** The exact model's datasets, in the order they are written, after {@link #DATASETS}. */
    public static final List<String> BOUNDARY_DATASETS = List.of(BOUNDARY_X, BOUNDARY_Y, DENSITY_RE, DENSITY_IM);

    /** Directions theta_l of the far field, in degrees. */
    public static final String FAR_FIELD_ANGLE = "far_field_angle_deg";
    /** Re f(theta_l). */
    public static final String FAR_FIELD_RE = "far_field_re";
    /** Im f(theta_l). */
    public static final String FAR_FIELD_IM = "far_field_im";
    /** The far field's datasets, in the order they are written, after all others. */
    public static final List<String> FAR_FIELD_DATASETS = List.of(FAR_FIELD_ANGLE, FAR_FIELD_RE, FAR_FIELD_IM);
    /** Total scattering width, int |f|^2 d theta. */
    public static final String SIGMA_S = "sigma_s";
    /** Extinction width from the forward amplitude (optical theorem). */
    public static final String SIGMA_EXT = "sigma_ext";
    /** (sigma_s - sigma_ext) / sigma_s: the exact model's self-check, the Kirchhoff model's energy error. */
    public static final String RESIDUAL = "optical_theorem_residual";
    /** The far field's attributes, in the order they are stored, after all others. */
    public static final List<String> FAR_FIELD_RESULTS = List.of(SIGMA_S, SIGMA_EXT, RESIDUAL);

    /**
     * A far-field pattern as a result stores it: the directions in degrees (360 l / L exactly, as
     * the far-field CSV has them), f there, and the widths.
     */
    public record FarField(double[] angleDegrees, double[] re, double[] im, double sigmaS, double sigmaExt,
            double residual) {
        /** The pattern as stored. */
        public static FarField of(FarFieldPattern pattern) {
            double[] degrees = new double[pattern.angles().length];
            for (int l = 0; l < degrees.length; l++) {
                degrees[l] = FarFieldCsv.degrees(pattern.angles(), l);
            }
            return new FarField(degrees, pattern.re(), pattern.im(), pattern.sigmaS(), pattern.sigmaExt(),
                    pattern.residual());
        }

        /** Number of directions. */
        public int angles() {
            return angleDegrees.length;
        }

        /** The three arrays in the order of {@link #FAR_FIELD_DATASETS}. */
        public List<double[]> arrays() {
            return List.of(angleDegrees, re, im);
        }

        /** The attributes of {@link #FAR_FIELD_RESULTS}, in order. */
        public Map<String, Object> attributes() {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put(SIGMA_S, sigmaS);
            if (!Double.isNaN(sigmaExt)) {
                // a line source's pattern has no optical theorem: sigma_s alone
                a.put(SIGMA_EXT, sigmaExt);
                a.put(RESIDUAL, residual);
            }
            return a;
        }

        /** Whether the two are the same bit for bit. */
        public boolean sameAs(FarField other) {
            for (int d = 0; d < FAR_FIELD_DATASETS.size(); d++) {
                if (!Arrays.equals(arrays().get(d), other.arrays().get(d))) {
                    return false;
                }
            }
            return attributes().equals(other.attributes());
        }
    }

    /**
     * The exact model's boundary solution as a result stores it.
     *
     * @param change the relative change from half as many points ({@value #CHANGE})
     * @param errorEstimate the estimated relative error of the density ({@value #ERROR_ESTIMATE})
     * @param coupling the coupling eta of the equations the density solves ({@value #COUPLING})
     * @param x x_j of the boundary points
     * @param y y_j
     * @param densityRe Re psi_j, the density at the points
     * @param densityIm Im psi_j
     */
    public record Boundary(double change, double errorEstimate, double coupling, double[] x, double[] y, double[] densityRe,
            double[] densityIm) {
        /** The solution as stored. */
        public static Boundary of(SolvedBoundary solution) {
            double[][] z = solution.boundary();
            double[][] psi = solution.density();
            return new Boundary(solution.change(), solution.errorEstimate(), solution.eta(), z[0], z[1], psi[0], psi[1]);
        }

        /** Number of boundary points. */
        public int points() {
            return x.length;
        }

        /** The four arrays in the order of {@link #BOUNDARY_DATASETS}. */
        public List<double[]> arrays() {
            return List.of(x, y, densityRe, densityIm);
        }
    }

    private ResultLayout() {
    }

    /**
     * The root attributes of a Kirchhoff result of {@code problem} evaluated as {@code evaluation}
     * says on {@code threads} threads: inputs, evaluation, then threads.
     */
    public static Map<String, Object> attributes(Problem problem, Evaluation evaluation, int threads) {
        return attributes(problem, null, evaluation, threads);
    }

    /**
     * The root attributes of a result: inputs, what the exact model's solve found (for the exact
     * model), how the sum over the sources was evaluated, then threads.
     *
     * @param boundary the exact model's boundary solution, null for the Kirchhoff model
     * @param evaluation the evaluation used (after any fallback to the direct sum)
     */
    public static Map<String, Object> attributes(Problem problem, List<Boundary> boundary, Evaluation evaluation,
            int threads) {
        Map<String, Object> a = inputs(problem, boundary);
        a.putAll(evaluation(evaluation));
        a.put(THREADS, threads);
        return a;
    }

    /**
     * The attributes that say how the field was evaluated: {@value #EVALUATION} = "direct", or
     * "fmm" followed by {@value #FMM_TOL}.
     */
    public static Map<String, Object> evaluation(Evaluation evaluation) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put(EVALUATION, evaluation.method().label());
        if (evaluation.isFmm()) {
            a.put(FMM_TOL, evaluation.tolerance());
        }
        return a;
    }

    /**
     * The evaluation that stored attributes record: the inverse of {@link #evaluation(Evaluation)},
     * and the direct sum where there is no {@value #EVALUATION} (a file of a version before the
     * fast multipole method). Empty if the attributes are not what this version writes: another
     * method, an FMM without a float64 tolerance in range, a tolerance without the FMM.
     */
    public static Optional<Evaluation> evaluation(Map<String, Object> stored) {
        Object method = stored.get(EVALUATION);
        Object tolerance = stored.get(FMM_TOL);
        if (method == null || Evaluation.Method.DIRECT.label().equals(method)) {
            return tolerance == null ? Optional.of(Evaluation.DIRECT) : Optional.empty();
        }
        if (!Evaluation.Method.FMM.label().equals(method) || !(tolerance instanceof Double)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Evaluation.fmm((Double) tolerance));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * The inputs and, for the exact model, what its solve found, without threads: the attributes of
     * a far-field file ({@link FarFieldHdf5}).
     *
     * @param boundary the exact model's boundary solution of each obstacle, in order, null for the
     *     Kirchhoff model
     */
    public static Map<String, Object> inputs(Problem problem, List<Boundary> boundary) {
        Map<String, Object> a = inputs(problem);
        if (boundary != null) {
            for (int i = 1; i <= boundary.size(); i++) {
                Boundary b = boundary.get(i - 1);
                a.put(ofObstacle(POINTS, i), b.points());
                a.put(ofObstacle(CHANGE, i), b.change());
                a.put(ofObstacle(ERROR_ESTIMATE, i), b.errorEstimate());
                if (i == 1) {
                    a.put(COUPLING, b.coupling());
                }
            }
        }
        return a;
    }

    /** The boundary datasets of every obstacle, in the order they are written: obstacle 1's, then obstacle 2's ... */
    public static List<String> boundaryDatasets(int obstacles) {
        List<String> names = new java.util.ArrayList<>();
        for (int i = 1; i <= obstacles; i++) {
            for (String name : BOUNDARY_DATASETS) {
                names.add(ofObstacle(name, i));
            }
        }
        return names;
    }

    /** Every obstacle's boundary arrays, in the order of {@link #boundaryDatasets(int)}. */
    public static List<double[]> boundaryArrays(List<Boundary> boundary) {
        List<double[]> arrays = new java.util.ArrayList<>();
        for (Boundary b : boundary) {
            arrays.addAll(b.arrays());
        }
        return arrays;
    }

    /**
     * The inputs as they are stored: Double, Integer and String values, in the order of
     * {@link #INPUTS} (with several obstacles, the others' xc_i, yc_i after yc), then for the exact
     * model {@link #EXACT_INPUTS}.
     */
    public static Map<String, Object> inputs(Problem problem) {
        Map<String, Object> a = new LinkedHashMap<>();
        Model model = problem.model();
        a.put(LAMBDA, problem.wavelength());
        a.put(NX, problem.nx());
        a.put(NY, problem.ny());
        a.put(NC, problem.nc());
        for (int i = 1; i <= problem.obstacles().size(); i++) {
            a.put(xcOf(i), problem.obstacles().get(i - 1).xc());
            a.put(ycOf(i), problem.obstacles().get(i - 1).yc());
        }
        if (problem.source() == null) {
            a.put(ANGLE, problem.angle());
        } else {
            a.put(INCIDENT, LINE_SOURCE);
            a.put(SOURCE_X, problem.source().x());
            a.put(SOURCE_Y, problem.source().y());
        }
        a.put(INSIDE_TEST, model.isExact() ? SMOOTH_CURVE : problem.insideTest().label());
        if (model.isExact()) {
            a.put(MODEL, model.kind().label());
            a.put(BC, model.condition().label());
            a.put(TOLERANCE, model.tolerance());
            a.put(FIXED_POINTS, model.points());
        }
        return a;
    }

    /**
     * The problem whose stored inputs these are: the inverse of {@link #inputs}. Empty unless they
     * are exactly the inputs this version writes (the same names, types and values), so that a
     * result made from the problem has them in the same order and of the same types. For the exact
     * model, {@code stored} may also hold what its solve found ({@link #EXACT_RESULTS}).
     */
    public static Optional<Problem> problem(Map<String, Object> stored) {
        Map<String, Object> inputs = new LinkedHashMap<>(stored);
        Problem problem;
        try {
            Model model = Model.KIRCHHOFF;
            InsideTest.Kind inside = InsideTest.Kind.WINDING;
            if (inputs.containsKey(MODEL)) {
                if (!Model.Kind.EXACT.label().equals(inputs.get(MODEL))) {
                    return Optional.empty();
                }
                model = new Model(Model.Kind.EXACT, condition((String) inputs.get(BC)), (Double) inputs.get(TOLERANCE),
                        (Integer) inputs.get(FIXED_POINTS));
                if (!(inputs.get(POINTS) instanceof Integer) || !(inputs.get(CHANGE) instanceof Double)
                        || !(inputs.get(ERROR_ESTIMATE) instanceof Double) || !(inputs.get(COUPLING) instanceof Double)) {
                    return Optional.empty();
                }
                inputs.keySet().removeAll(EXACT_RESULTS);
                for (int i = 2; inputs.containsKey(xcOf(i)); i++) {
                    if (!(inputs.remove(ofObstacle(POINTS, i)) instanceof Integer)
                            || !(inputs.remove(ofObstacle(CHANGE, i)) instanceof Double)
                            || !(inputs.remove(ofObstacle(ERROR_ESTIMATE, i)) instanceof Double)) {
                        return Optional.empty();
                    }
                }
            } else {
                inside = null;
                for (InsideTest.Kind kind : InsideTest.Kind.values()) {
                    if (kind.label().equals(inputs.get(INSIDE_TEST))) {
                        inside = kind;
                    }
                }
            }
            List<Problem.Shape> obstacles = new java.util.ArrayList<>();
            for (int i = 1; i == 1 || inputs.containsKey(xcOf(i)); i++) {
                obstacles.add(new Problem.Shape((String) inputs.get(xcOf(i)), (String) inputs.get(ycOf(i))));
            }
            Problem.Source source = !inputs.containsKey(INCIDENT) ? null
                    : new Problem.Source((Double) inputs.get(SOURCE_X), (Double) inputs.get(SOURCE_Y));
            problem = new Problem((Double) inputs.get(LAMBDA), (Integer) inputs.get(NX), (Integer) inputs.get(NY),
                    (Integer) inputs.get(NC), obstacles, source == null ? (Double) inputs.get(ANGLE) : 0.0, inside, model,
                    source);
        } catch (ClassCastException | NullPointerException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return problem.insideTest() != null && problem.model().condition() != null && inputs(problem).equals(inputs)
                ? Optional.of(problem) : Optional.empty();
    }

    /** The boundary condition of a label, or null. */
    private static BoundaryCondition condition(String label) {
        for (BoundaryCondition bc : BoundaryCondition.values()) {
            if (bc.label().equals(label)) {
                return bc;
            }
        }
        return null;
    }
}
