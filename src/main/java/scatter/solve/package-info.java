/**
 * Solving, after physics: the problem as the user typed it ({@link scatter.solve.Problem}), checked
 * and prepared for the kernel ({@link scatter.solve.Problem#prepare}), the fixed thread pool
 * ({@link scatter.solve.ChunkedPool}), the solver that runs the kernel over every node on it
 * ({@link scatter.solve.FieldSolver}), and what a run needs in memory
 * ({@link scatter.solve.MemoryEstimate}).
 *
 * <p>{@link scatter.solve.Problem#prepare} is where a physical model turns the checked contour
 * into sources (today the Kirchhoff model, directly), and this package is where a model's parallel
 * work runs: one whose sources come from a linear system assembles it here, on the same
 * {@link scatter.solve.ChunkedPool}, and hands the kernel its {@link scatter.physics.SourceTerms}.
 * An input that cannot be solved is an {@link scatter.solve.InvalidProblemException} naming the
 * input, not the option.
 */
package scatter.solve;
