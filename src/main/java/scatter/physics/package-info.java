/**
 * The physics, after geometry: the Hankel functions ({@link scatter.physics.Hankel}), the incident
 * wave ({@link scatter.physics.Incident}: a {@link scatter.physics.PlaneWave} or a
 * {@link scatter.physics.LineSource}, and {@link scatter.physics.SourceCheck}, what a source inside an
 * obstacle checks), the sources of the scattered field in the one form the
 * kernel sums ({@link scatter.physics.SourceTerms}; the Kirchhoff model's are
 * {@link scatter.physics.KirchhoffSources}), the kernel that computes one node
 * ({@link scatter.physics.FieldKernel#computeField}) and the computed field
 * ({@link scatter.physics.Field}), and how far one computed field is from another on the same grid
 * ({@link scatter.physics.FieldDifference}: the Kirchhoff model against the exact one).
 * {@link scatter.physics.PreparedProblem} is everything the kernel evaluates, ready and immutable.
 *
 * <p>Pure functions of their inputs: no I/O, no threads. Another physical model (such as an exact
 * boundary-integral one, in a subpackage) produces {@link scatter.physics.SourceTerms} and, where
 * the sources are not accurate near the boundary, a {@link scatter.physics.NearField} (whose rule
 * may itself be plain sums over further source sets, for a fast evaluation), for the same
 * kernel; work it needs threads for is run by {@link scatter.solve}.
 */
package scatter.physics;
