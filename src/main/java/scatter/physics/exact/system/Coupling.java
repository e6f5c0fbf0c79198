package scatter.physics.exact.system;

import scatter.physics.exact.curve.SmoothCurve;

/**
 * The coupling eta &gt; 0 of the combined-field ansatz u_s = int { dPhi/dnu(y) - i eta Phi } phi ds:
 * <pre>  eta = max(k, 1/(2 R0)),  </pre>
 * R0 the radius of the circle about the curve's bounding-box centre that holds it
 * ({@link SmoothCurve#radius()}). So eta = k (Colton &amp; Kress 2013, section 3.6; Kress 1995)
 * whenever k R0 &gt;= 1/2, and eta stays 1/(2 R0) at longer wavelengths.
 *
 * <p><b>Why not eta = k at low frequency.</b> Both equations are uniquely solvable for every real
 * eta &gt; 0 (docs/exact.md), but with eta = k they degenerate as k R0 -&gt; 0 towards operators of the
 * Laplace equation that are singular on the constants: phi + K0 phi (K0 1 = -1, Gauss's integral)
 * for the soft problem, the hypersingular T0 (T0 1 = 0) for the hard one. On the circle of radius
 * a, where every operator is diagonal in e^{im s}, the constants' eigenvalue is then about
 * 2 i ka ln(ka) (soft) or 2 i k (hard) against O(1) (soft) or up to n/a (hard) for the others, so
 * the condition number grows like 1/(ka |ln ka|) and 1/(ka): 3.6e4 and 1.6e7 at ka = 1e-6, and the
 * density's change between doublings stalls at that many rounding errors, above the tolerance.
 *
 * <p><b>Why this eta is well posed as k -&gt; 0.</b> With eta fixed, the hard operator tends to
 * T0 + i eta (I - K0'), which is injective: if it annihilates phi, u = D0 phi - i eta S0 phi has zero
 * Neumann data outside; its flux at infinity, proportional to eta int phi, must then vanish, so u is a
 * constant C outside, and inside u - C = -phi with du/dnu = i eta (u - C) and int (u - C) = 0,
 * whence int |grad u|^2 = i eta int |u - C|^2 and phi = 0. (T0 + i eta (I - K0') is Fredholm of index
 * zero, so injective means invertible.) For the soft problem S_k = S0 + gamma_k (1, .) 1 + O(k^2 ln k)
 * with gamma_k = -(1/pi)(ln(k/2) + C) + i/2 (C Euler's constant): only the constants' eigenvalue
 * grows, like eta |Gamma| |ln k| / pi (on the circle of radius a it is pi eta a J0(ka) H0(ka),
 * about 2 i eta a ln(ka)), while the other modes stay at 1 - i eta a/|m|: the condition number grows
 * like |ln ka|. Measured on the unit circle with 64 points (the condition number of the Nystrom
 * matrix of src/test/scripts/exact_bie.py; src/test/scripts/lowfreq_reference.py --check prints it):
 * <pre>
 *   ka           1e-6   1e-4   1e-2   0.1    0.5
 *   soft, eta=k  3.6e4  530    10     1.8    1.6
 *   soft, here   9.9    6.7    3.5    2.0    1.6
 *   hard, eta=k  1.6e7  1.6e5  1.6e3  160    31
 *   hard, here   45     45     45     45     31
 * </pre>
 * The hard problem's growth with n (the hypersingular operator) is the same as at eta = k.
 *
 * <p><b>The threshold 1/2.</b> Smaller eta favours the soft problem (its constants' eigenvalue
 * is eta a |ln ka|), larger the hard one; eta a between 1/4 and 1 keeps both condition numbers
 * below 70 for ka from 1e-6 to 3 (the unit circle, 64 points). 1/(2 R0) is 0.35/a on the circle (R0 = a sqrt 2), below the smallest
 * k a of the reference cases (0.5), whose results therefore do not change.
 */
public final class Coupling {
    /** k R0 below which the coupling stops following k. */
    static final double LOW_FREQUENCY = 0.5;

    private Coupling() {
    }

    /** eta = max(k, {@value #LOW_FREQUENCY} / R0) for wavenumber k and a curve held by a circle of radius R0. */
    public static double eta(double k, double radius) {
        return Math.max(k, LOW_FREQUENCY / radius);
    }
}
