/**
 * The exact model's curve room: the boundary from its expressions, and everything that needs only
 * the boundary. The bottom room of {@link scatter.physics.exact}: it uses no other room (the
 * conventions, the orientation and the outward normal, are in that package's map).
 *
 * <p><b>Job</b>: the Fourier tools ({@link scatter.physics.exact.curve.Fft},
 * {@link scatter.physics.exact.curve.Fourier}, {@link scatter.physics.exact.curve.TrigSeries}); the
 * smooth curve and its checks; a discretisation's points
 * ({@link scatter.physics.exact.curve.BoundaryPoints}); the nearest boundary point of an observer
 * ({@link scatter.physics.exact.curve.CurveLocator} over
 * {@link scatter.physics.exact.curve.PointBuckets}, with the distances, in spacings, below which
 * the systems and the field refine); the inside test; several obstacles' separation. It also holds
 * the cap on a solution's points ({@link scatter.physics.exact.curve.SmoothCurve#MAX_SOLUTION_POINTS},
 * the solver's {@code MAX_POINTS}), since the curve must provide twice that many points.
 *
 * <p><b>Flow</b>: x(t), y(t) -&gt; {@link scatter.physics.exact.curve.SmoothCurve} (spectral
 * geometry: the expressions sampled at M = 64, 128, ... up to 2^20 points until the top half of
 * the spectrum is below 1e-15 of the largest coefficient and the interpolant agrees with the
 * expressions between its samples, {@link scatter.physics.exact.curve.CurveSampler}, which takes a
 * contour whose corners are evident from 1024 samples on ({@link scatter.physics.exact.curve.CornerFinder})
 * to 2^20 samples without the levels' transforms; boundary
 * points are the expressions' own values; a curve that is not resolved is located by
 * {@link scatter.physics.exact.curve.Irregularity} and refused with
 * {@link scatter.physics.exact.curve.CurveNotSmoothException}, one that stands still by
 * {@link scatter.physics.exact.curve.SlowestPoint}) -&gt; the system room, which refuses a curve
 * with detail finer than its points carry ({@link scatter.physics.exact.curve.CurveTooFineException})
 * -&gt; {@link scatter.physics.exact.curve.SmoothInsideTest} for the obstacle's nodes. Several
 * obstacles: {@link scatter.physics.exact.curve.ObstacleSeparation} (no two overlap, touch or nest,
 * on the smooth curves: {@link scatter.physics.exact.curve.ObstaclesOverlapException}, obstacles
 * numbered from 1). Corners: {@link scatter.physics.exact.curve.CornerFinder} locates them on the
 * expressions of a curve the sampler cannot resolve (each a {@link scatter.physics.exact.curve.Corner});
 * a boundary with corners and its graded points are {@link scatter.physics.exact.curve.PolygonBoundary}
 * with {@link scatter.physics.exact.curve.Grading} (Kress 1990), its sides between the corners
 * {@link scatter.physics.exact.curve.Side}s: {@link scatter.physics.exact.curve.StraightSide} or, from
 * the expressions, {@link scatter.physics.exact.curve.CurvedSide} (a Chebyshev series per side); a
 * polygon's inside test {@link scatter.physics.exact.curve.PolygonInsideTest}.
 */
package scatter.physics.exact.curve;
