package scatter.physics;

import scatter.geometry.Grid;
import scatter.geometry.InsideTest;

/**
 * Computes the incident and scattered field at one grid node: {@link #computeField(int, Field)}.
 *
 * <p>The scattered field at observer p is the sum over sources s of
 * a_s H0(kR) + b_s H1(kR) (n_s.r)/R with r = p - c_s, R = |r| (see {@link SourceTerms}), summed by
 * {@link SourceSum} in a fixed order, so a node's value does not depend on which thread or chunk
 * computes it. Observers that the model's
 * {@link NearField} claims (close to the boundary, exact model) take their value from it instead.
 *
 * <p>The incident field is the {@link Incident}'s value at the node. A line source's is infinite at
 * the source: a node there (within {@link LineSource#AT_SOURCE} of the disc's radius below) holds the
 * mean of u_inc over the disc of one grid cell's area about the source,
 * {@link LineSource#meanOverDisc} with rho = sqrt(dx dy / pi): what the node stands for, and finite.
 *
 * <p>Holds scratch arrays: one kernel per thread.
 */
public final class FieldKernel {
    private final Grid grid;
    private final InsideTest insideTest;
    private final Incident wave;
    /** The line source, or null for a plane wave. */
    private final LineSource source;
    /** Radius of the disc of one cell's area, for a node at the line source. */
    private final double cellRadius;
    private final SourceTerms seg;
    /** The model's rule for observers close to the boundary, or null if it needs none. */
    private final NearField.Evaluator near;
    private final double[] nearValue = new double[2];
    private final SourceSum sum;
    private final double[] value = new double[2];

    FieldKernel(PreparedProblem problem) {
        this(problem, false);
    }

    /** @param fast whether the sums are evaluated fast (see {@link NearField#newFastEvaluator()}) */
    FieldKernel(PreparedProblem problem, boolean fast) {
        this.grid = problem.grid();
        this.insideTest = problem.insideTest();
        this.wave = problem.wave();
        this.source = wave instanceof LineSource s ? s : null;
        this.cellRadius = Math.sqrt((grid.xmax() - grid.xmin()) / grid.nx() * (grid.ymax() - grid.ymin()) / grid.ny()
                / Math.PI);
        this.seg = problem.sources();
        NearField nearField = problem.nearField();
        this.near = nearField == null ? null : fast ? nearField.newFastEvaluator() : nearField.newEvaluator();
        this.sum = new SourceSum(wave.k());
    }

    /**
     * Computes both fields at the node with flat index {@code node} and stores them, with its inside
     * flag (the obstacle's number from 1, 0 outside), in that node's slots of {@code out}. Inside
     * nodes get zero for both fields.
     */
    public void computeField(int node, Field out) {
        if (computeAllButSums(node, out) != MAIN_SUM) {
            return;
        }
        double px = grid.xOf(node);
        double py = grid.yOf(node);
        sum.at(seg, px, py, value);
        out.scatteredRe[node] = value[0];
        out.scatteredIm[node] = value[1];
    }

    /** {@link #computeAllButSums}: the node's fields are stored, no sum is left for it. */
    public static final int DONE = -1;
    /** {@link #computeAllButSums}: the node's scattered field is the sum over the main sources. */
    public static final int MAIN_SUM = 0;

    /**
     * Everything {@link #computeField} stores at the node except the sum over the sources: the
     * inside flag, the incident field, and the scattered field of a node inside (zero) or claimed
     * by the model's {@link NearField} with a rule of its own. Returns the sum the node's
     * scattered field is left to, for the caller (a fast multipole evaluation of every such node):
     * {@link #DONE} if none, {@link #MAIN_SUM} for the main sources, or 1 + i for the near field's
     * source set i ({@link NearField#sourceSet(int)}, only from a kernel of
     * {@link PreparedProblem#newFastKernel()}, whose near field names them).
     */
    public int computeAllButSums(int node, Field out) {
        double px = grid.xOf(node);
        double py = grid.yOf(node);
        int obstacle = insideTest.obstacle(px, py);
        if (obstacle != 0) {
            out.inside[node] = (byte) obstacle;
            out.incidentRe[node] = 0;
            out.incidentIm[node] = 0;
            out.scatteredRe[node] = 0;
            out.scatteredIm[node] = 0;
            return DONE;
        }
        out.inside[node] = 0;
        if (source != null && source.isAt(px, py, cellRadius)) {
            source.meanOverDisc(cellRadius, value);
        } else {
            wave.value(px, py, value);
        }
        out.incidentRe[node] = value[0];
        out.incidentIm[node] = value[1];
        if (near == null) {
            return MAIN_SUM;
        }
        int set = near.sourceSet(px, py);
        if (set >= 0) {
            return 1 + set;
        }
        if (set == NearField.Evaluator.OWN_RULE && near.scattered(px, py, nearValue)) {
            out.scatteredRe[node] = nearValue[0];
            out.scatteredIm[node] = nearValue[1];
            return DONE;
        }
        return MAIN_SUM;
    }
}
