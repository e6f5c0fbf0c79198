package scatter.output;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import scatter.geometry.InsideTest;
import scatter.physics.Field;
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
 *       inside_test) and {@value #THREADS}, the worker threads that computed it.</li>
 * </ul>
 */
public final class ResultLayout {
    /** Column coordinates x_0 .. x_nx. */
    public static final String X = "x";
    /** Row coordinates, y_0 .. y_ny (or a band's rows). */
    public static final String Y = "y";
    /** Inside flags, 1 for nodes on the obstacle, 0 elsewhere. */
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
    /** The inputs, in the order they are stored. */
    public static final List<String> INPUTS = List.of(LAMBDA, NX, NY, NC, XC, YC, ANGLE, INSIDE_TEST);
    /** Not an input: how many worker threads computed the result. */
    public static final String THREADS = "threads";

    private ResultLayout() {
    }

    /** The root attributes of a result of {@code problem} computed on {@code threads} threads: inputs, then threads. */
    public static Map<String, Object> attributes(Problem problem, int threads) {
        Map<String, Object> a = inputs(problem);
        a.put(THREADS, threads);
        return a;
    }

    /** The inputs as they are stored: Double, Integer and String values, in the order of {@link #INPUTS}. */
    public static Map<String, Object> inputs(Problem problem) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put(LAMBDA, problem.wavelength());
        a.put(NX, problem.nx());
        a.put(NY, problem.ny());
        a.put(NC, problem.nc());
        a.put(XC, problem.xc());
        a.put(YC, problem.yc());
        a.put(ANGLE, problem.angle());
        a.put(INSIDE_TEST, problem.insideTest().label());
        return a;
    }

    /**
     * The problem whose stored inputs these are: the inverse of {@link #inputs}. Empty unless they
     * are exactly the inputs this version writes (the same names, types and values), so that a
     * result made from the problem has them in the same order and of the same types.
     */
    public static Optional<Problem> problem(Map<String, Object> inputs) {
        Problem problem;
        try {
            InsideTest.Kind inside = null;
            for (InsideTest.Kind kind : InsideTest.Kind.values()) {
                if (kind.label().equals(inputs.get(INSIDE_TEST))) {
                    inside = kind;
                }
            }
            problem = new Problem((Double) inputs.get(LAMBDA), (Integer) inputs.get(NX), (Integer) inputs.get(NY),
                    (Integer) inputs.get(NC), (String) inputs.get(XC), (String) inputs.get(YC),
                    (Double) inputs.get(ANGLE), inside);
        } catch (ClassCastException | NullPointerException e) {
            return Optional.empty();
        }
        return problem.insideTest() != null && inputs(problem).equals(inputs) ? Optional.of(problem) : Optional.empty();
    }
}
