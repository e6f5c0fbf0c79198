package scatter.physics;

import scatter.geometry.Contour;
import scatter.geometry.Grid;
import scatter.geometry.InsideTest;

/**
 * The whole scattering problem, immutable and ready to evaluate: the incident wave, the segment
 * terms of the obstacle's contour, the grid of observers and the inside test. Thread-safe; each
 * worker thread takes its own {@link FieldKernel} from {@link #newKernel()}.
 */
public final class Scatterer {
    private final PlaneWave wave;
    private final Contour contour;
    private final SegmentTerms segments;
    private final Grid grid;
    private final InsideTest insideTest;

    public Scatterer(PlaneWave wave, Contour contour, Grid grid, InsideTest insideTest) {
        this.wave = wave;
        this.contour = contour;
        this.segments = new SegmentTerms(contour, wave);
        this.grid = grid;
        this.insideTest = insideTest;
    }

    private Scatterer(Scatterer whole, Grid band) {
        this.wave = whole.wave;
        this.contour = whole.contour;
        this.segments = whole.segments;
        this.grid = band;
        this.insideTest = whole.insideTest;
    }

    /**
     * The same problem on a band of rows of the grid only (see {@link Grid#rows(int, int)}): the
     * nodes keep their coordinates, so each gets exactly the value it gets in the whole grid.
     */
    public Scatterer rows(int first, int count) {
        return new Scatterer(this, grid.rows(first, count));
    }

    public PlaneWave wave() {
        return wave;
    }

    /** The obstacle's contour the segment terms were made from. */
    public Contour contour() {
        return contour;
    }

    public SegmentTerms segments() {
        return segments;
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
