/**
 * The fast multipole method (FMM) for the one sum both models end in, at the nodes of a grid:
 * <pre>
 *   u(p) = sum_j  a_j H0(k R_j) + b_j H1(k R_j) (n_j.r_j)/R_j      ({@link scatter.physics.SourceTerms})
 * </pre>
 * in about (nodes + sources) p operations instead of nodes x sources, to a tolerance. The 2D
 * Helmholtz FMM of Rokhlin (1990) and Greengard et al., as in the Flatiron Institute's fmm2d
 * ({@code hfmm2d}), whose kernel (charges and dipoles, targets apart from sources) is term for term
 * this sum.
 *
 * <p>One class per job: {@link scatter.physics.fmm.BoxTree} (the quadtree, grid tiles as leaves),
 * {@link scatter.physics.fmm.ExpansionOrder} (each level's order from the box size and the
 * tolerance), {@link scatter.physics.fmm.CylinderFunctions} (scaled Bessel and Hankel functions of
 * high order), {@link scatter.physics.fmm.Translation} (M2M, M2L, L2L from Graf's addition
 * theorem, dense or by FFTs via {@link scatter.physics.fmm.Radix2Fft}),
 * {@link scatter.physics.fmm.FmmPlan} (all of that for one problem) and
 * {@link scatter.physics.fmm.FmmEvaluation} (the passes, as phases of independent items).
 *
 * <p>Pure computation: no I/O and no threads; {@link scatter.solve} runs the phases on its pool.
 * The values do not depend on the thread count. The incident wave plays no part: only the sources.
 */
package scatter.physics.fmm;
