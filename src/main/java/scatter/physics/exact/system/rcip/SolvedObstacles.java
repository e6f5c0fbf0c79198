package scatter.physics.exact.system.rcip;

import java.util.ArrayList;
import java.util.List;
import scatter.physics.SourceTerms;
import scatter.physics.exact.curve.ObstacleShape;
import scatter.physics.exact.system.BoundaryCondition;
import scatter.physics.exact.system.BoundarySolution;
import scatter.physics.exact.system.SolvedBoundary;

/**
 * Several obstacles solved together by RCIP ({@link RcipObstacles}, the corners kept), as the rest of the
 * product sees them: one {@link SolvedBoundary} per obstacle ({@link #parts()}: its coarse nodes and the
 * weight-corrected density there, for the log and the result file), and for the field, the far field
 * and the close field the whole mesh's ({@link PanelSolution}: the kernel's sum over {@link #sources()}
 * away from every panel, {@link #closeField} inside a coarse panel's Bernstein ellipse, any
 * obstacle's). The change is the far field's from the solve on panels twice as long; it bounds the
 * coarser solve's error and is taken as this one's estimate, as for one polygon. Immutable; thread-safe.
 */
public final class SolvedObstacles {
    private final RcipObstacles obstacles;
    private final PanelSolution solution;
    private final BoundaryCondition condition;
    private final double panelLength;
    private final int cornerLevels;
    private final double change;
    private final List<BoundarySolution.Level> levels;
    private final double rejectedCondition;
    private final List<SolvedBoundary> parts;

    /**
     * @param solution solved with the corners kept
     * @param panelLength the coarse panel length H solved with
     * @param cornerLevels the levels compressed at each corner
     * @param change the largest change of f from the solve on panels twice as long, relative to max |f|
     * @param levels every panel length solved, coarsest first
     * @param rejectedCondition the single layer's condition estimate that the guard rejected (the
     *     regularised system then solved), NaN if none was
     */
    public SolvedObstacles(RcipObstacles obstacles, PanelSolution solution, double panelLength, int cornerLevels,
            double change, List<BoundarySolution.Level> levels, double rejectedCondition) {
        if (!solution.hasCorners()) {
            throw new IllegalArgumentException("solved without the corners' densities");
        }
        this.obstacles = obstacles;
        this.solution = solution;
        this.condition = solution.formulation().condition();
        this.panelLength = panelLength;
        this.cornerLevels = cornerLevels;
        this.change = change;
        this.levels = List.copyOf(levels);
        this.rejectedCondition = rejectedCondition;
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
            return change;
        }

        @Override
        public double errorEstimate() {
            return change;
        }

        @Override
        public double eta() {
            return solution.eta();
        }

        @Override
        public double[][] boundary() {
            return solution.positions(from, to);
        }

        @Override
        public double[][] density() {
            return solution.firstDensity(from, to);
        }

        @Override
        public List<BoundarySolution.Level> levels() {
            return levels;
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

    public BoundaryCondition condition() {
        return condition;
    }

    /** The equation solved at the finest panels (sound-hard: the single layer, or its fallback). */
    public Formulation formulation() {
        return solution.formulation();
    }

    /** The single layer's estimated condition (also when the regularised system solved instead: why); NaN soft. */
    public double conditionEstimate() {
        return solution.formulation() == Formulation.SINGLE_LAYER ? solution.conditionEstimate() : rejectedCondition;
    }

    /** The coarse panels of all obstacles. */
    public int panels() {
        return solution.mesh().panels();
    }

    /** The unknowns of the coarse system solved. */
    public int unknowns() {
        return solution.unknowns();
    }

    /** The coarse panel length H. */
    public double panelLength() {
        return panelLength;
    }

    /** The levels compressed at each corner. */
    public int cornerLevels() {
        return cornerLevels;
    }

    /** The far field's change from panels twice as long, relative to max |f|. */
    public double change() {
        return change;
    }

    /** Every panel length solved, coarsest first. */
    public List<BoundarySolution.Level> levels() {
        return levels;
    }

    /** The field's sources, every obstacle's coarse nodes ({@link PanelSolution#sources()}). */
    public SourceTerms sources() {
        return solution.sources();
    }

    /** True if a coarse panel's Bernstein ellipse holds (x, y), of any obstacle. */
    public boolean near(double x, double y) {
        return solution.near(x, y);
    }

    /** u_s at (x, y) outside every obstacle, however close to one ({@link PanelSolution#closeField}). */
    public double[] closeField(double x, double y) {
        return solution.closeField(x, y);
    }

    /** f(theta) as {re, im}. */
    public double[] farField(double theta) {
        return solution.farField(theta);
    }

    /** The box of all obstacles: xmin, xmax, ymin, ymax. */
    public double[] box() {
        return obstacles.box();
    }
}
