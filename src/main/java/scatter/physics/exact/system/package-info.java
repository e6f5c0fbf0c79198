/**
 * The exact model's system room: the boundary integral equation discretised and solved. Uses the
 * curve room ({@link scatter.physics.exact.curve}) only; the conventions (Phi, the outward normal,
 * the coupling eta) are in {@link scatter.physics.exact}'s map.
 *
 * <p><b>Job</b>: Kress's logarithmic weights ({@link scatter.physics.exact.system.KressWeights}) and
 * the kernels' limits on the diagonal ({@link scatter.physics.exact.system.DiagonalLimits}); the
 * soft and hard Nyström systems ({@link scatter.physics.exact.system.NystromSystem},
 * {@link scatter.physics.exact.system.SoftSystem}, {@link scatter.physics.exact.system.HardSystem},
 * chosen by {@link scatter.physics.exact.system.BoundaryCondition}); the coupling
 * ({@link scatter.physics.exact.system.Coupling}); several boundaries'
 * {@link scatter.physics.exact.system.BlockSystem} with its
 * {@link scatter.physics.exact.system.CrossKernel}; the dense LU
 * ({@link scatter.physics.exact.system.DenseSolve}); the doubling until the density settles
 * ({@link scatter.physics.exact.system.Resolution}, {@link scatter.physics.exact.system.NotConvergedException}),
 * its rows spread by the caller's {@link scatter.physics.exact.system.RowRunner}.
 *
 * <p><b>Flow</b>: {@link scatter.physics.exact.curve.SmoothCurve} -&gt;
 * {@link scatter.physics.exact.system.BoundarySolver} (refuses a curve with detail finer than its
 * points carry or that crosses itself; soft or hard Nyström system on 2n points, LU, doubling n
 * from above twice the curve's highest mode until the density settles) -&gt;
 * {@link scatter.physics.exact.system.BoundarySolution} (the density, its sources for the field
 * kernel) -&gt; the evaluation room. Several obstacles:
 * {@link scatter.physics.exact.system.ObstacleSolver} (one coupling eta for all; each obstacle's
 * start count, doubled where its density has not settled; defect-correction estimate of the whole
 * system) over {@link scatter.physics.exact.system.BlockSystem} (diagonal blocks: the
 * single-boundary systems; off-diagonal: {@link scatter.physics.exact.system.CrossKernel}, on a
 * refined boundary for rows close to another obstacle) -&gt; one
 * {@link scatter.physics.exact.system.BoundarySolution} per obstacle. Boundaries with corners, straight
 * or curved sides: {@link scatter.physics.exact.system.CornerSystem} and
 * {@link scatter.physics.exact.system.CornerSolution}, the incident field through
 * {@link scatter.physics.exact.system.IncidentData}. Several obstacles of which some have corners:
 * {@link scatter.physics.exact.system.CornerObstacleSolver} (every obstacle's points doubled together, each
 * one's estimate from the order its changes show) over {@link scatter.physics.exact.system.CornerBlockSystem}
 * (each boundary's own block, Kress's or the graded one; off-diagonal the cross kernels, against a boundary
 * with corners for the hard problem its single layer and its double layer times S_rho). The same polygons by RCIP on panels (soft and hard,
 * straight sides, not yet on the command line): the subpackage {@link scatter.physics.exact.system.rcip}.
 * Both solutions are a
 * {@link scatter.physics.exact.system.SolvedBoundary} to the log and the result file.
 */
package scatter.physics.exact.system;
