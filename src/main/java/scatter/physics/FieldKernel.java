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
        this.grid = problem.grid();
        this.insideTest = problem.insideTest();
        this.wave = problem.wave();
        this.source = wave instanceof LineSource s ? s : null;
        this.cellRadius = Math.sqrt((grid.xmax() - grid.xmin()) / grid.nx() * (grid.ymax() - grid.ymin()) / grid.ny()
                / Math.PI);
        this.seg = problem.sources();
        this.near = problem.nearField() == null ? null : problem.nearField().newEvaluator();
        this.sum = new SourceSum(wave.k());
    }

    /**
     * Computes both fields at the node with flat index {@code node} and stores them, with its inside
     * flag (the obstacle's number from 1, 0 outside), in that node's slots of {@code out}. Inside
     * nodes get zero for both fields.
     */
    public void computeField(int node, Field out) {
        if (!computeAllButSum(node, out)) {
            return;
        }
        double px = grid.xOf(node);
        double py = grid.yOf(node);
        sum.at(seg, px, py, value);
        out.scatteredRe[node] = value[0];
        out.scatteredIm[node] = value[1];
    }

    /**
     * Everything {@link #computeField} stores at the node except the sum over the sources: the
     * inside flag, the incident field, and the scattered field of a node inside (zero) or claimed
     * by the model's {@link NearField}. Returns true if the node's scattered field is the sum over
     * the sources, which is left for the caller (a fast multipole evaluation of every such node).
     */
    public boolean computeAllButSum(int node, Field out) {
        double px = grid.xOf(node);
        double py = grid.yOf(node);
        int obstacle = insideTest.obstacle(px, py);
        if (obstacle != 0) {
            out.inside[node] = (byte) obstacle;
            out.incidentRe[node] = 0;
            out.incidentIm[node] = 0;
            out.scatteredRe[node] = 0;
            out.scatteredIm[node] = 0;
            return false;
        }
        out.inside[node] = 0;
        if (source != null && source.isAt(px, py, cellRadius)) {
            source.meanOverDisc(cellRadius, value);
        } else {
            wave.value(px, py, value);
        }
        out.incidentRe[node] = value[0];
        out.incidentIm[node] = value[1];
        if (near != null && near.scattered(px, py, nearValue)) {
            out.scatteredRe[node] = nearValue[0];
            out.scatteredIm[node] = nearValue[1];
            return false;
        }
        return true;
    }
}
