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
