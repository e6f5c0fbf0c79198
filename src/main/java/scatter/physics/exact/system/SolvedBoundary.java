package scatter.physics.exact.system;

import java.util.List;

/**
 * One obstacle's boundary solution as the rest of the product sees it (the log, the result file):
 * how many points it was solved on, how it converged, and the density at the points. A smooth
 * curve's ({@link BoundarySolution}: the combined-field density on Kress's equispaced points) or a
 * polygon's ({@link CornerSolution}: on its graded points, the corners left out).
 */
public interface SolvedBoundary {
    /** Number of boundary points (unknowns) of the solution. */
    int points();

    /** Relative change of the density from the previous level (the coarser solution's error); NaN if none. */
    double change();

    /** The estimated relative error of this density; NaN where none was made. */
    double errorEstimate();

    /** The coupling eta of the equations the density solves. */
    double eta();

    /** Positions {x_j, y_j} of the points (copies). */
    double[][] boundary();

    /** {Re psi_j, Im psi_j}, the density at the points (copies). */
    double[][] density();

    /** Every discretisation solved, coarsest first. */
    List<BoundarySolution.Level> levels();
}
