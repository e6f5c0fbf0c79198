/**
 * Corners by RCIP: the sound-soft combined-field equation on 16-point Gauss-Legendre panels, its
 * logarithmic and Cauchy parts integrated by the explicit kernel split with product weights (Helsing
 * &amp; Ojala 2008; Helsing &amp; Holst 2015), the panels at each corner refined dyadically and that
 * refinement compressed into one 64 x 64 block per corner by recursively compressed inverse
 * preconditioning (J. Helsing, Solving integral equations on piecewise smooth boundaries using the
 * RCIP method: a tutorial, arXiv:1207.6737). Inside the system room: uses the curve room's
 * {@link scatter.physics.exact.curve.PolygonBoundary} and the system room's
 * {@link scatter.physics.exact.system.IncidentData}; the linear algebra of {@link scatter.linalg}.
 *
 * <p><b>Curved sides</b>: the solver takes every boundary with corners, straight and curved sides in
 * any mix: a curved side's panels
 * from its own representation ({@link scatter.physics.exact.system.rcip.CurvedSides},
 * {@link scatter.physics.exact.system.rcip.CurvedPanel}), their near interactions by the complex-plane
 * weights of {@link scatter.physics.exact.system.rcip.CurvedWeights}, each level of a curved corner
 * built afresh ({@link scatter.physics.exact.system.rcip.CornerGeometry},
 * {@link scatter.physics.exact.system.rcip.CurvedCorner}).
 *
 * <p><b>Flow</b>: {@link scatter.physics.exact.system.rcip.PolygonPanels} (coarse panels, four equal
 * ones at each corner) -&gt; {@link scatter.physics.exact.system.rcip.CombinedField} (the operator on
 * a {@link scatter.physics.exact.system.rcip.PanelMesh}, near panels by
 * {@link scatter.physics.exact.system.rcip.ProductWeights}) -&gt;
 * {@link scatter.physics.exact.system.rcip.CornerCompression} (each corner's R by the forward
 * recursion) -&gt; {@link scatter.physics.exact.system.rcip.RcipSolver} (the compressed system, or the
 * refined mesh solved as it is) -&gt; {@link scatter.physics.exact.system.rcip.PanelSolution} (field
 * and far field away from the boundary; with the corners kept, each corner's refined density by the
 * backward recursion, {@link scatter.physics.exact.system.rcip.CornerDensity}, and the field however
 * close to the boundary, {@link scatter.physics.exact.system.rcip.CloseField}). Sound-soft and sound-hard:
 * the hard problem by the single layer, one unknown per node, where the guard's condition estimate vouches
 * for it, else by the single layer with sources inside the obstacle, still one unknown per node and
 * uniquely solvable at every k ({@link scatter.physics.exact.system.rcip.InteriorSources}), where the guard
 * vouches for that, else by the regularised block system, three
 * ({@link scatter.physics.exact.system.rcip.Formulation}, {@link scatter.physics.exact.system.rcip.RegularisedHard}).
 * The command line
 * solves every single obstacle with corners so, straight sides or curved, to --tol by
 * {@link scatter.physics.exact.system.RcipControl}, as a {@link scatter.physics.exact.system.rcip.RcipBoundary};
 * {@link scatter.physics.exact.system.rcip.CornerCache} keeps each corner's recursion, straight or curved,
 * across its panel halvings (docs/exact.md, "Corners").
 *
 * <p><b>Several obstacles</b>, one or more with corners: {@link scatter.physics.exact.system.rcip.RcipObstacles}
 * puts every obstacle's coarse panels in one mesh (a smooth curve's along it as along a curved side,
 * {@link scatter.physics.exact.curve.ClosedSide}), one operator over all of them and each corner compressed as
 * for one polygon ({@link scatter.physics.exact.system.rcip.CoarseSystem}, which one polygon's solve shares);
 * a corner's length is capped by its distance to the other obstacles, so that their fields are smooth on its
 * panels. Sound-hard as one polygon: the single layer, then with sources inside every obstacle with corners,
 * then the regularised system, the guard judging the whole system. Solved to --tol by
 * {@link scatter.physics.exact.system.RcipControl} as a
 * {@link scatter.physics.exact.system.rcip.SolvedObstacles}, one part per obstacle (docs/exact.md, "Several
 * obstacles with corners").
 */
package scatter.physics.exact.system.rcip;
