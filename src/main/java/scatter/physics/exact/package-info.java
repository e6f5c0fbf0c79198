/**
 * The exact model: the scattered field from the combined-field boundary integral equation, solved
 * by Nyström discretisation with Kress's quadrature, for sound-soft and sound-hard obstacles whose
 * boundary is a smooth closed curve. Pure computation: no I/O, no threads of its own (the matrix
 * assembly takes the caller's {@link scatter.physics.exact.RowRunner}), no logging.
 *
 * <p><b>Conventions</b> (written once, here): time factor e^{-i omega t}, so outgoing waves are
 * e^{+ikr}; Phi(x, y) = (i/4) H0(k|x - y|) with H0 the Hankel function of the first kind; the curve
 * z(s), s = 2 pi t in [0, 2 pi), runs anticlockwise and nu = (z2', -z1')/|z'| is its OUTWARD unit
 * normal (the Kirchhoff model's segment normals point inward); u = u_inc + u_s outside the
 * obstacle, u = 0 on the boundary (soft) or du/dnu = 0 (hard); coupling eta = k, or 1/(2 R0) at
 * wavelengths long against the obstacle ({@link scatter.physics.exact.Coupling}).
 *
 * <p><b>Flow</b>: x(t), y(t) -&gt; {@link scatter.physics.exact.SmoothCurve} (spectral geometry: the
 * expressions sampled at M = 64, 128, ... up to 2^20 points until the top half of the spectrum is
 * below 1e-15 of the largest coefficient and the interpolant agrees with the expressions between
 * its samples, {@link scatter.physics.exact.CurveSampler}; boundary points are the expressions'
 * own values; a curve that is not resolved is located by {@link scatter.physics.exact.Irregularity}) -&gt;
 * {@link scatter.physics.exact.BoundarySolver} (refuses a curve with detail finer than its points
 * carry or that crosses itself; soft or hard Nyström system on 2n points, LU, doubling n from
 * above twice the curve's highest mode until the density settles) -&gt; {@link scatter.physics.exact.BoundarySolution} -&gt;
 * per-point sources for the product's field kernel, {@link scatter.physics.exact.CloseField} for
 * observers near the boundary, {@link scatter.physics.exact.SmoothInsideTest} for the obstacle's
 * nodes, {@link scatter.physics.exact.FarField} for f(theta), sigma_s and the optical theorem.
 * {@link scatter.physics.exact.ExactModel} puts these together in one call.
 *
 * <p><b>Several obstacles</b> ({@code ExactModel.solve(wave, List<SmoothCurve>, condition, resolution, rows)};
 * one curve in the list is the single-obstacle path above, unchanged): each curve checked as above,
 * then {@link scatter.physics.exact.ObstacleSeparation} (no two overlap, touch or nest, on the smooth
 * curves: {@link scatter.physics.exact.ObstaclesOverlapException}, obstacles numbered from 1) -&gt;
 * {@link scatter.physics.exact.ObstacleSolver} (one coupling eta for all; each obstacle's start
 * count, doubled where its density has not settled; defect-correction estimate of the whole
 * system) over {@link scatter.physics.exact.BlockSystem} (diagonal blocks: the single-boundary
 * systems; off-diagonal: {@link scatter.physics.exact.CrossKernel}, on a refined boundary for rows
 * close to another obstacle) -&gt; one {@link scatter.physics.exact.BoundarySolution} per obstacle
 * -&gt; {@code ExactModel}: {@code solutions()}, {@code fieldSources()} (all obstacles' sources),
 * {@code nearField()} ({@link scatter.physics.exact.ObstaclesNearField}: each boundary's
 * {@link scatter.physics.exact.CloseField} near it), {@code insideTests()} and {@code obstacleAt(x, y)}
 * (1-based, 0 outside), {@code farField(angles)} (f summed over the boundaries, sigma_s, the
 * optical theorem of the whole configuration), {@code levels()} (total points and times per level).
 *
 * <p><b>Corners</b>: a curve the sampler cannot resolve has its corners located on the expressions by
 * {@link scatter.physics.exact.CornerFinder} (each a {@link scatter.physics.exact.Corner}: t to
 * rounding, interior angle; 0 or 360 degrees a cusp), which the refusal
 * ({@link scatter.physics.exact.CurveNotSmoothException#corners()}) lists. Polygons are solved, not yet
 * through {@code ExactModel}: {@link scatter.physics.exact.PolygonBoundary} (straight sides, Kress's
 * graded points by {@link scatter.physics.exact.Grading}, corners left out) -&gt;
 * {@link scatter.physics.exact.CornerSystem} (soft: the combined field as above; hard: the single
 * layer with a regularised double layer, second kind at corners) -&gt;
 * {@link scatter.physics.exact.CornerSolution} (points doubled until the weighted density settles;
 * field away from the boundary, far field; {@link scatter.physics.exact.CornerCloseField} near it),
 * with the incident field through
 * {@link scatter.physics.exact.IncidentData}. See docs/exact.md, "Corners".
 *
 * <p><b>Sources</b>: D. Colton &amp; R. Kress, Inverse Acoustic and Electromagnetic Scattering
 * Theory, 3rd ed., Springer 2013, sections 3.1-3.2 and 3.5-3.6; R. Kress, On the numerical solution
 * of a hypersingular integral equation in scattering theory, J. Comput. Appl. Math. 61 (1995)
 * 345-360; J. J. Bowman, T. B. A. Senior &amp; P. L. E. Uslenghi, Electromagnetic and Acoustic
 * Scattering by Simple Shapes, 1969, for the circular cylinder the tests compare with. The project's
 * specification is docs/exact.md.
 */
package scatter.physics.exact;
