package scatter.physics;

import java.util.List;
import scatter.geometry.Contour;
import scatter.geometry.Grid;
import scatter.geometry.InsideTest;
import scatter.geometry.RowBand;

/**
 * The whole scattering problem, immutable and ready to evaluate: the incident wave (a plane wave or a
 * line source), the sources of
 * the scattered field (and, for a model that needs it, the rule for observers near the boundary),
 * the obstacles' contours, the grid of observers and the inside test. Thread-safe; each worker thread takes its own
 * {@link FieldKernel} from {@link #newKernel()}.
 */
public final class PreparedProblem {
    private final Incident wave;
    private final List<Contour> contours;
    private final SourceTerms sources;
    private final NearField nearField;
    private final Grid grid;
    private final InsideTest insideTest;

    /**
     * @param nearField the rule for observers close to the boundary, or null where the sources are
     *     accurate everywhere outside the obstacle
     * @param contour the obstacle's nc-segment contour, kept for the record (the log's notes,
     *     compare's far-node mask); null for a problem evaluated without one, e.g. the exact model's
     *     field at a few points, which needs only its sources and its close rule
     */
    public PreparedProblem(Incident wave, Contour contour, SourceTerms sources, NearField nearField, Grid grid,
            InsideTest insideTest) {
        this(wave, java.util.Collections.singletonList(contour), sources, nearField, grid, insideTest);
    }

    /**
     * A problem of several obstacles, their contours in order (obstacle 1 first).
     *
     * @param nearField the rule for observers close to any boundary, or null where the sources are
     *     accurate everywhere outside the obstacles
     */
    public PreparedProblem(Incident wave, List<Contour> contours, SourceTerms sources, NearField nearField, Grid grid,
            InsideTest insideTest) {
        if (contours.isEmpty()) {
            throw new IllegalArgumentException("a problem needs at least one obstacle");
        }
        this.wave = wave;
        this.contours = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(contours));
        this.sources = sources;
        this.nearField = nearField;
        this.grid = grid;
        this.insideTest = insideTest;
    }

    /**
     * The same problem on a band of rows of the grid only (see {@link Grid#rows(RowBand)}): the
     * nodes keep their coordinates, so each gets exactly the value it gets in the whole grid.
     */
    public PreparedProblem rows(RowBand band) {
        return new PreparedProblem(wave, contours, sources, nearField, grid.rows(band), insideTest);
    }

    public Incident wave() {
        return wave;
    }

    /**
     * The first obstacle's contour as sampled from the user's expressions (nc segments): the
     * obstacle's, when there is one; {@link #contours()} has them all.
     */
    public Contour contour() {
        return contours.get(0);
    }

    /** Every obstacle's contour (nc segments each), in the order given: obstacle 1 first. */
    public List<Contour> contours() {
        return contours;
    }

    public SourceTerms sources() {
        return sources;
    }

    /** The rule for observers close to the boundary, or null if the model needs none. */
    public NearField nearField() {
        return nearField;
    }

    public Grid grid() {
        return grid;
    }

    public InsideTest insideTest() {
        return insideTest;
    }

    /** A kernel with its own scratch space, for use by one thread at a time. */
    public FieldKernel newKernel() {
        return new FieldKernel(this);
    }

    /**
     * A kernel for a fast evaluation of the sums ({@link FieldKernel#computeAllButSums}), whose
     * near-field rule is {@link NearField#newFastEvaluator()}'s; one per thread.
     */
    public FieldKernel newFastKernel() {
        return new FieldKernel(this, true);
    }
}
