/**
 * Solving, after physics: the problem as the user typed it ({@link scatter.solve.Problem}, with its
 * {@link scatter.solve.Model}), checked and prepared for the kernel
 * ({@link scatter.solve.Problem#prepare(int)}), the fixed thread pool
 * ({@link scatter.solve.ChunkedPool}), the solver that runs the kernel over every node on it
 * ({@link scatter.solve.FieldSolver}), and what a run needs in memory
 * ({@link scatter.solve.MemoryEstimate}).
 *
 * <p>{@link scatter.solve.Problem#prepare(int)} is where a physical model turns the checked contour
 * into sources: the Kirchhoff model directly, one per segment; the exact model by solving its
 * boundary integral equation ({@link scatter.physics.exact.ExactModel}), whose matrix assembly runs
 * here on the same {@link scatter.solve.ChunkedPool} ({@code PoolRows}, which also checks memory and
 * signals between doubling levels), giving a {@link scatter.solve.PreparedModel}. An input that
 * cannot be solved is an {@link scatter.solve.InvalidProblemException} naming the input, not the
 * option; a linear system too large for the heap is a
 * {@link scatter.solve.SystemTooLargeException}.
 *
 * <p>A {@link scatter.solve.ChunkedPool} keeps its threads from one run to the next until its owner
 * closes it: {@code Problem.prepare} owns one for the whole exact solve (the assembly of every
 * level and every step of the LU) and closes it when the model is prepared; {@code FieldSolver}
 * owns one for each field.
 */
package scatter.solve;
