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
 * <p><b>Sources</b>: D. Colton &amp; R. Kress, Inverse Acoustic and Electromagnetic Scattering
 * Theory, 3rd ed., Springer 2013, sections 3.1-3.2 and 3.5-3.6; R. Kress, On the numerical solution
 * of a hypersingular integral equation in scattering theory, J. Comput. Appl. Math. 61 (1995)
 * 345-360; J. J. Bowman, T. B. A. Senior &amp; P. L. E. Uslenghi, Electromagnetic and Acoustic
 * Scattering by Simple Shapes, 1969, for the circular cylinder the tests compare with. The project's
 * specification is docs/exact.md.
 */
package scatter.physics.exact;
