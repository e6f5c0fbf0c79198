package scatter.physics.exact.system.rcip;

import java.util.List;
import scatter.linalg.ParallelRows;

/**
 * RCIP's compression of a corner with a curved side, by the straight corner's recursion
 * ({@link CornerCompression#compress}) run on an operator that assembles each level on that level's
 * curved panels ({@link CornerGeometry}, built afresh from the sides: a curved corner is not
 * self-similar). The recursion is asked for a corner of length 1 whose sides run straight on along
 * (1, 0): the six-panel mesh it hands the operator at each level then has its first panel exactly
 * 2h long, h = 2^(level - 1 - levels) (a power of two, so exactly), and the operator assembles the
 * corner's own level of that h instead. Everything else of the recursion (the prolongation, the
 * Schur complement, what the backward recursion keeps) is the straight corner's, in the same type b
 * order. Immutable.
 */
final class CurvedCorner {
    private CurvedCorner() {
    }

    /** R of the corner (and, if {@code store} is not null, what {@link CornerDensity} needs), as {@link CornerCompression#compress}. */
    static double[] compress(CornerGeometry geometry, int levels, PanelOperator op, List<double[][]> store) {
        return CornerCompression.compress(1, 0, 1, 0, 1, levels, levelsOf(geometry, op), store);
    }

    /**
     * As {@link #compress(CornerGeometry, int, PanelOperator, List)}, each level's assembly and products
     * on {@code rows} ({@link CornerCompression#compressEach}): the same bit for bit on any threads.
     */
    static double[] compress(CornerGeometry geometry, int levels, PanelOperator op, List<double[][]> store,
            ParallelRows rows) throws InterruptedException {
        return CornerCompression.compressEach(1, 0, 1, 0, 1, levels, levelsOf(geometry, op), store, levels, rows)[0];
    }

    /** The operator on the corner's own panels of the level the straight mesh stands for (its first panel's half length). */
    static PanelOperator levelsOf(CornerGeometry geometry, PanelOperator op) {
        return new PanelOperator() {
            @Override
            public int components() {
                return op.components();
            }

            @Override
            public void rows(PanelMesh mesh, int from, int to, double[] a) {
                op.rows(geometry.typeB(0, 0, mesh.half(0)), from, to, a);
            }
        };
    }
}
