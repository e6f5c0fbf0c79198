package scatter.physics;

import scatter.geometry.Contour;
import scatter.geometry.Grid;
import scatter.geometry.InsideTest;
import scatter.geometry.RowBand;

/**
 * The whole scattering problem, immutable and ready to evaluate: the incident wave, the sources of
 * the scattered field (and, for a model that needs it, the rule for observers near the boundary),
 * the grid of observers and the inside test. Thread-safe; each worker thread takes its own
 * {@link FieldKernel} from {@link #newKernel()}.
 */
public final class PreparedProblem {
    private final PlaneWave wave;
    private final Contour contour;
    private final SourceTerms sources;
    private final NearField nearField;
    private final Grid grid;
    private final InsideTest insideTest;

    /**
     * @param nearField the rule for observers close to the boundary, or null where the sources are
     *     accurate everywhere outside the obstacle
     */
    public PreparedProblem(PlaneWave wave, Contour contour, SourceTerms sources, NearField nearField, Grid grid,
            InsideTest insideTest) {
        this.wave = wave;
        this.contour = contour;
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
        return new PreparedProblem(wave, contour, sources, nearField, grid.rows(band), insideTest);
    }

    public PlaneWave wave() {
        return wave;
    }

    /** The obstacle's contour as sampled from the user's expressions (nc segments). */
    public Contour contour() {
        return contour;
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
}
