package scatter.physics.exact;

import java.util.Locale;

/**
 * The obstacle's boundary is not smooth enough for the exact model: the Fourier spectrum of
 * x(t), y(t) does not decay to the rounding level within {@link SmoothCurve#MAX_SAMPLES} samples
 * (a corner or a kink), or the parametrisation stands still somewhere (|z'| = 0, e.g. a cusp). The
 * Nyström method's spectral accuracy needs an analytic boundary traced at non-zero speed.
 * Carries the numbers; the command line chooses the words.
 */
public final class CurveNotSmoothException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int samples;
    private final double tailRatio;
    private final double speedRatio;

    CurveNotSmoothException(int samples, double tailRatio, double speedRatio) {
        super(String.format(Locale.ROOT, "the boundary is not smooth: with %d samples the top half of its spectrum"
                + " is %.3g of the largest coefficient, and its slowest speed %.3g of the fastest", samples,
                tailRatio, speedRatio));
        this.samples = samples;
        this.tailRatio = tailRatio;
        this.speedRatio = speedRatio;
    }

    /** Number of equispaced samples of x(t), y(t) at which the check stopped. */
    public int samples() {
        return samples;
    }

    /**
     * Largest Fourier coefficient of the top half of the spectrum (|m| &gt; samples/4) relative to
     * the largest of all; a smooth curve brings it below {@link SmoothCurve#SPECTRUM_DECAY}.
     */
    public double tailRatio() {
        return tailRatio;
    }

    /** Smallest |z'(t)| relative to the largest; below {@link SmoothCurve#MIN_SPEED_RATIO} the curve stands still. */
    public double speedRatio() {
        return speedRatio;
    }
}
