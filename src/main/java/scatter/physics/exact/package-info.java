/**
 * The exact model: the scattered field from the combined-field boundary integral equation, solved
 * by Nyström discretisation with Kress's quadrature, for sound-soft and sound-hard obstacles whose
 * boundary is a smooth closed curve. Pure computation: no I/O, no threads of its own (the matrix
 * assembly takes the caller's {@link scatter.physics.exact.system.RowRunner}), no logging.
 *
 * <p><b>Conventions</b> (written once, here; the rooms below link to this paragraph): time
 * factor e^{-i omega t}, so outgoing waves are e^{+ikr}; Phi(x, y) = (i/4) H0(k|x - y|) with H0 the Hankel function of the first kind; the curve
 * z(s), s = 2 pi t in [0, 2 pi), runs anticlockwise and nu = (z2', -z1')/|z'| is its OUTWARD unit
 * normal (the Kirchhoff model's segment normals point inward); u = u_inc + u_s outside the
 * obstacle, u = 0 on the boundary (soft) or du/dnu = 0 (hard); coupling eta = k, or 1/(2 R0) at
 * wavelengths long against the obstacle ({@link scatter.physics.exact.system.Coupling}).
 *
 * <p><b>Rooms</b>, bottom first; each uses only those before it ({@code LayoutTest} checks):
 * <ol>
 *   <li>{@link scatter.physics.exact.curve}: the boundary from its expressions (spectral geometry,
 *       the FFT and Fourier series, a discretisation's points, the nearest boundary point, the inside
 *       test, obstacles' separation);</li>
 *   <li>{@link scatter.physics.exact.system}: the integral equation discretised and solved (Kress's
 *       weights, the soft, hard and several-boundary systems, the dense LU, the doubling until the
 *       density settles);</li>
 *   <li>{@link scatter.physics.exact.evaluation}: the field from the density (close to the boundary,
 *       several obstacles' near fields, the far field);</li>
 *   <li>this package: {@link scatter.physics.exact.ExactModel}, the one call that puts them together.</li>
 * </ol>
 *
 * <p><b>Flow</b>: x(t), y(t) -&gt; {@link scatter.physics.exact.curve.SmoothCurve} (curve room) -&gt;
 * {@link scatter.physics.exact.system.BoundarySolver} (system room) -&gt;
 * {@link scatter.physics.exact.system.BoundarySolution} -&gt; per-point sources for the product's
 * field kernel, {@link scatter.physics.exact.evaluation.CloseField} for observers near the boundary,
 * {@link scatter.physics.exact.curve.SmoothInsideTest} for the obstacle's nodes,
 * {@link scatter.physics.exact.evaluation.FarField} for f(theta), sigma_s and the optical theorem.
 * {@link scatter.physics.exact.ExactModel} puts these together in one call.
 *
 * <p><b>Several obstacles</b> ({@code ExactModel.solve(wave, List<SmoothCurve>, condition, resolution, rows)};
 * one curve in the list is the single-obstacle path above, unchanged): each curve checked as above,
 * then {@link scatter.physics.exact.curve.ObstacleSeparation} -&gt;
 * {@link scatter.physics.exact.system.ObstacleSolver} over
 * {@link scatter.physics.exact.system.BlockSystem} -&gt; one
 * {@link scatter.physics.exact.system.BoundarySolution} per obstacle
 * -&gt; {@code ExactModel}: {@code solutions()}, {@code fieldSources()} (all obstacles' sources),
 * {@code nearField()} ({@link scatter.physics.exact.evaluation.ObstaclesNearField}: each boundary's
 * {@link scatter.physics.exact.evaluation.CloseField} near it), {@code insideTests()} and {@code obstacleAt(x, y)}
 * (1-based, 0 outside), {@code farField(angles)} (f summed over the boundaries, sigma_s, the
 * optical theorem of the whole configuration), {@code levels()} (total points and times per level).
 *
 * <p><b>Corners</b>: a curve the sampler cannot resolve has its corners located on the expressions by
 * {@link scatter.physics.exact.curve.CornerFinder} (each a {@link scatter.physics.exact.curve.Corner}: t to
 * rounding, interior angle; 0 or 360 degrees a cusp), which the refusal
 * ({@link scatter.physics.exact.curve.CurveNotSmoothException#corners()}) lists. One boundary with corners is solved
 * through {@code ExactModel.solve(wave, polygon, corners, ...)} (its {@code boundaries()},
 * {@code cornerSolution()}, {@code corners()}; {@code solutions()} is for smooth curves only):
 * {@link scatter.physics.exact.curve.PolygonBoundary} (straight or curved sides between the corners,
 * {@link scatter.physics.exact.curve.Side}, from {@code PolygonBoundary.of(x, y, corners)}; Kress's
 * graded points by {@link scatter.physics.exact.curve.Grading}, corners left out) -&gt;
 * {@link scatter.physics.exact.system.CornerSystem} (soft: the combined field as above; hard: the single
 * layer with a regularised double layer, second kind at corners) -&gt;
 * {@link scatter.physics.exact.system.CornerSolution} (points per side doubled until the error estimated
 * from the observed order is below the tolerance; field sources, far field;
 * {@link scatter.physics.exact.evaluation.CornerNearField} near it; inside:
 * {@link scatter.physics.exact.curve.PolygonInsideTest}),
 * with the incident field through
 * {@link scatter.physics.exact.system.IncidentData}. A polygon whose sides are all straight is solved by RCIP
 * instead, through {@code ExactModel.solveByRcip} (its {@code rcip()}):
 * {@link scatter.physics.exact.system.RcipControl} (the panels halved until the far field changes by less
 * than the tolerance) -&gt; {@link scatter.physics.exact.system.rcip.RcipBoundary} (field sources, far field,
 * close field; {@link scatter.physics.exact.evaluation.PanelNearField} near it; inside:
 * {@code PolygonInsideTest}); the command line solves every single polygon so. See docs/exact.md, "Corners". Several obstacles of
 * which some have corners, each a {@link scatter.physics.exact.curve.ObstacleShape}, are solved on the command
 * line by RCIP together: {@code ExactModel.solveShapesByRcip} (its {@code panels()}) -&gt;
 * {@link scatter.physics.exact.system.RcipControl} -&gt; {@link scatter.physics.exact.system.rcip.RcipObstacles}
 * (all panels in one system) -&gt; {@link scatter.physics.exact.system.rcip.SolvedObstacles} (one part per
 * obstacle in {@code boundaries()}, field sources, far field, close field of all;
 * {@code PanelNearField} near any boundary). On Kress's graded mesh (the library's, no longer the command
 * line's): {@code ExactModel.solveShapes} -&gt; {@link scatter.physics.exact.curve.ObstacleSeparation#requireShapes} -&gt;
 * {@link scatter.physics.exact.system.CornerObstacleSolver} -&gt; one {@code BoundarySolution} or
 * {@code CornerSolution} per obstacle in {@code boundaries()}, the corners in {@code obstacleCorners()},
 * near each boundary its own close rule ({@link scatter.physics.exact.evaluation.MixedNearField}), the far
 * field summed ({@code FarField.exactMixed}). See docs/exact.md, "Several obstacles with corners".
 *
 * <p><b>Sources</b>: D. Colton &amp; R. Kress, Inverse Acoustic and Electromagnetic Scattering
 * Theory, 3rd ed., Springer 2013, sections 3.1-3.2 and 3.5-3.6; R. Kress, On the numerical solution
 * of a hypersingular integral equation in scattering theory, J. Comput. Appl. Math. 61 (1995)
 * 345-360; J. J. Bowman, T. B. A. Senior &amp; P. L. E. Uslenghi, Electromagnetic and Acoustic
 * Scattering by Simple Shapes, 1969, for the circular cylinder the tests compare with. The project's
 * specification is docs/exact.md.
 */
package scatter.physics.exact;
