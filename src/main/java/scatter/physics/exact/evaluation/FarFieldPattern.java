package scatter.physics.exact.evaluation;

/**
 * A far-field pattern and the cross sections derived from it. With u_s(r, theta) =
 * f(theta) e^{ikr}/sqrt(r) + O(r^{-3/2}) (time factor e^{-i omega t}):
 * <ul>
 *   <li>{@code angles[l]} = 2 pi l / L (radians, anticlockwise from +x) and f there,
 *     {@code re[l] + i im[l]};</li>
 *   <li>{@code sigmaS}: total scattering width int_0^{2 pi} |f|^2 d theta, by the trapezoid rule on at
 *     least 4 k R0 + 256 angles (R0 the radius of a circle about the obstacle's centre that holds
 *     it), which is exact for the band-limited |f|^2 whatever L is;</li>
 *   <li>{@code sigmaExt}: extinction width from the forward amplitude (optical theorem),
 *     -sqrt(8 pi/k) Re[e^{i pi/4} f(alpha)], alpha the incidence direction;</li>
 *   <li>{@code residual} = (sigmaS - sigmaExt)/sigmaS: zero for an exact solution of a lossless
 *     obstacle; for the Kirchhoff model, its energy error.</li>
 *   <li>{@code residualBound}: for the exact model, how large the residual may be given the
 *     density's estimated error and rounding ({@link FarField#residualBound}): about 1e-13 for the
 *     default obstacle, but 1 or more at wavelengths so long that sigma_s (of order (kR)^4 for a
 *     hard obstacle) is far smaller than the forward amplitude it is compared with (of order
 *     (kR)^2); NaN for the Kirchhoff model.</li>
 * </ul>
 * The echo width (2D radar cross section, a length) is 2 pi |f(theta)|^2: the width of incident
 * wavefront that carries the power scattered into direction theta, were it scattered equally in
 * all directions. In dB it is given relative to the wavelength: 10 log10(2 pi |f|^2 / lambda).
 */
public record FarFieldPattern(double[] angles, double[] re, double[] im, double sigmaS, double sigmaExt,
        double residual, double residualBound) {
    /** A pattern with no bound on its residual (the Kirchhoff model's). */
    public FarFieldPattern(double[] angles, double[] re, double[] im, double sigmaS, double sigmaExt, double residual) {
        this(angles, re, im, sigmaS, sigmaExt, residual, Double.NaN);
    }

    /** |f|^2 at angle index l. */
    public double abs2(int l) {
        return re[l] * re[l] + im[l] * im[l];
    }

    /** The echo width 2 pi |f|^2 at angle index l. */
    public double echoWidth(int l) {
        return 2 * Math.PI * abs2(l);
    }

    /** The echo width at angle index l in dB relative to the wavelength, 10 log10(2 pi |f|^2 / lambda). */
    public double echoWidthDb(int l, double wavelength) {
        return 10 * Math.log10(echoWidth(l) / wavelength);
    }
}
