/**
 * The exact model's evaluation room: the field from a solved density. Uses the curve and system
 * rooms ({@link scatter.physics.exact.curve}, {@link scatter.physics.exact.system}); the conventions
 * are in {@link scatter.physics.exact}'s map.
 *
 * <p><b>Job and flow</b>: {@link scatter.physics.exact.system.BoundarySolution} -&gt; per-point
 * sources for the product's field kernel (far from the boundary), and
 * {@link scatter.physics.exact.evaluation.CloseField} for observers near it (the trapezoid rule on
 * a boundary refined spectrally, {@link scatter.physics.exact.evaluation.RefinedSources}, and
 * closest of all the graded Gauss-Legendre rule, {@link scatter.physics.exact.evaluation.GradedRule}
 * over {@link scatter.physics.exact.evaluation.GaussLegendre}); for a fast evaluation ({@code --fmm})
 * the refined boundaries are source sets of their own and the graded rule's coarse panels are
 * fixed on the curve ({@link scatter.physics.exact.evaluation.FixedPanels}, the density from
 * {@link scatter.physics.exact.evaluation.DensityTable});
 * {@link scatter.physics.exact.evaluation.ObstaclesNearField} for several obstacles (each
 * boundary's close field near it); {@link scatter.physics.exact.evaluation.FarField} for f(theta),
 * sigma_s and the optical theorem, as a {@link scatter.physics.exact.evaluation.FarFieldPattern};
 * {@link scatter.physics.exact.evaluation.CornerCloseField} next to the sides (straight or curved) and
 * corners of a boundary with corners, the grid's {@link scatter.physics.exact.evaluation.CornerNearField}.
 */
package scatter.physics.exact.evaluation;
