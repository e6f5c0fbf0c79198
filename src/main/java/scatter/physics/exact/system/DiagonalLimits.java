package scatter.physics.exact.system;

/**
 * The values at s = sigma of the smooth parts of the split kernels (A = A1 ln(4 sin^2) + A2, see
 * {@link SoftSystem} and {@link HardSystem}), from the curve's derivatives at the point: the
 * limits sigma -&gt; s of A2 = A - A1 ln(4 sin^2((s - sigma)/2)) (- 1/(4 pi sin^2) for T). With
 * z' x z'' = z1' z2'' - z2' z1'', C Euler's constant (Colton &amp; Kress 2013, eq. 3.106 and after;
 * Kress 1995 for H2, derived in {@link HardSystem}):
 * <pre>
 *   M1(s,s) = -|z'|/(2 pi),     M2(s,s) = [ i/2 - C/pi - (1/pi) ln(k|z'|/2) ] |z'|,
 *   L2(s,s) = L'2(s,s) = -(z' x z'')/(2 pi |z'|^2),
 *   H1(s,s) = -k^2 |z'|^2/(4 pi),
 *   H2(s,s) = (z' x z'')^2/(2 pi |z'|^4) + [ (z'.z''')/6 - |z''|^2/4 ]/(pi |z'|^2) - 1/(12 pi)
 *             + i k^2 |z'|^2/4 - (k^2 |z'|^2/(2 pi)) [ ln(k|z'|/2) + C - 1/2 ].
 * </pre>
 */
final class DiagonalLimits {
    /** Euler's constant. */
    static final double EULER = 0.5772156649015329;

    private DiagonalLimits() {
    }

    /** M1(s,s). */
    static double m1(double speed) {
        return -speed / (2 * Math.PI);
    }

    /** Re M2(s,s); Im M2(s,s) = |z'|/2. */
    static double m2Re(double k, double speed) {
        return (-EULER - Math.log(0.5 * k * speed)) / Math.PI * speed;
    }

    /** L2(s,s) = L'2(s,s), from z' x z'' and |z'|^2. */
    static double l2(double cross, double speed2) {
        return -cross / (2 * Math.PI * speed2);
    }

    /** H1(s,s). */
    static double h1(double k, double speed2) {
        return -k * k * speed2 / (4 * Math.PI);
    }

    /** Re H2(s,s) from z' x z'', z'.z''', |z''|^2, |z'|^2; Im H2(s,s) = k^2 |z'|^2 / 4. */
    static double h2Re(double k, double cross, double dot3, double curvature2, double speed2) {
        return cross * cross / (2 * Math.PI * speed2 * speed2) + (dot3 / 6 - curvature2 / 4) / (Math.PI * speed2)
                - 1 / (12 * Math.PI)
                - (k * k * speed2 / (2 * Math.PI)) * (Math.log(0.5 * k * Math.sqrt(speed2)) + EULER - 0.5);
    }
}
