package scatter.physics.exact.system.rcip;

import java.util.ArrayList;
import java.util.List;
import scatter.physics.exact.curve.ObstacleShape;
import scatter.physics.exact.system.BoundarySolution;
import scatter.physics.exact.system.SolvedBoundary;

/**
 * Several obstacles solved together by RCIP ({@link RcipObstacles}, the corners kept), as the rest of the
 * product sees them: one {@link SolvedBoundary} per obstacle ({@link #parts()}: its coarse nodes and the
 * weight-corrected density there, for the log and the result file), and for the field, the far field
 * and the close field the whole mesh's ({@link PanelResult}: the kernel's sum over {@link #sources()}
 * away from every panel, {@link #closeField} inside any obstacle's coarse panel's Bernstein ellipse).
 * Immutable; thread-safe.
 */
public final class SolvedObstacles extends PanelResult {
    private final RcipObstacles obstacles;
    private final List<SolvedBoundary> parts;

    /**
     * @param solution solved with the corners kept
     * @param panelLength the coarse panel length H solved with
     * @param cornerLevels the levels compressed at each corner
     * @param change the largest change of f from the solve on panels twice as long, relative to max |f|
     * @param levels every panel length solved, coarsest first
     * @param rejectedCondition the single layer's condition estimate that the guard rejected (the
     *     single layer with sources inside or the regularised system then solved), NaN if none was
     * @param rejectedModified the single layer with sources inside's condition estimate that the guard
     *     rejected (the regularised system then solved), NaN if none was
     */
    public SolvedObstacles(RcipObstacles obstacles, PanelSolution solution, double panelLength, int cornerLevels,
            double change, List<BoundarySolution.Level> levels, double rejectedCondition, double rejectedModified) {
        super(solution, solution.formulation().condition(), panelLength, cornerLevels, change, levels, rejectedCondition,
                rejectedModified);
        this.obstacles = obstacles;
        int[] first = obstacles.firstNodes(panelLength);
        List<SolvedBoundary> each = new ArrayList<>();
        for (int b = 0; b + 1 < first.length; b++) {
            each.add(new Part(first[b], first[b + 1]));
        }
        this.parts = List.copyOf(each);
    }

    /** One obstacle's nodes [from, to) of the whole mesh. */
    private final class Part implements SolvedBoundary {
        private final int from;
        private final int to;

        Part(int from, int to) {
            this.from = from;
            this.to = to;
        }

        @Override
        public int points() {
            return to - from;
        }

        @Override
        public double change() {
            return SolvedObstacles.this.change();
        }

        @Override
        public double errorEstimate() {
            return SolvedObstacles.this.change();
        }

        @Override
        public double eta() {
            return solution().eta();
        }

        @Override
        public double[][] boundary() {
            return solution().positions(from, to);
        }

        @Override
        public double[][] density() {
            return solution().firstDensity(from, to);
        }

        @Override
        public List<BoundarySolution.Level> levels() {
            return SolvedObstacles.this.levels();
        }
    }

    /** Each obstacle's part of the solution, in order. */
    public List<SolvedBoundary> parts() {
        return parts;
    }

    /** The obstacles, in order. */
    public List<ObstacleShape> shapes() {
        return obstacles.shapes();
    }

    /** The box of all obstacles: xmin, xmax, ymin, ymax. */
    public double[] box() {
        return obstacles.box();
    }
}
