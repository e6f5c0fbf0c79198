package scatter.physics.exact.curve;

import java.util.List;
import java.util.Locale;
import java.util.function.DoubleSupplier;

/**
 * The obstacle's boundary is not smooth enough for the exact model: the Fourier spectrum of
 * x(t), y(t) does not decay to the rounding level within {@link SmoothCurve#MAX_SAMPLES} samples
 * (a corner or a kink), or the parametrisation stands still somewhere (|z'| = 0: at a cusp, or on a
 * smooth curve traced as cos(2 pi t^3) is at t = 0). The Nyström method's spectral accuracy needs
 * an analytic boundary traced at non-zero speed. Carries the numbers and where it happens (t in
 * the expressions' own parameter); the command line chooses the words.
 */
public final class CurveNotSmoothException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What is not smooth. */
    public enum Kind {
        /** The tangent's direction (or the speed) jumps. */
        CORNER,
        /** x(t), y(t) stand still and the curve turns back the way it came. */
        CUSP,
        /** x(t), y(t) stand still on a curve that goes straight on: the parametrisation, not the curve, is at fault. */
        STANDSTILL,
    }

    private final Kind kind;
    private final double t;
    private final int samples;
    /** Where the tail ratio comes from until it is asked for (null once known, or after deserialising). */
    private transient DoubleSupplier tailSource;
    private double tailRatio = Double.NaN;
    private final double speedRatio;
    private final List<Corner> corners;

    CurveNotSmoothException(Kind kind, double t, int samples, double tailRatio, double speedRatio) {
        this(kind, t, samples, tailRatio, speedRatio, List.of());
    }

    CurveNotSmoothException(Kind kind, double t, int samples, double tailRatio, double speedRatio,
            List<Corner> corners) {
        this(kind, t, samples, () -> tailRatio, speedRatio, corners);
    }

    /**
     * @param tail the tail ratio, computed when first asked for ({@link #tailRatio()}, the message): a
     *     contour with corners is solved or refused by its corners, and the transform of its 2^20
     *     samples is then made only if something asks
     */
    CurveNotSmoothException(Kind kind, double t, int samples, DoubleSupplier tail, double speedRatio,
            List<Corner> corners) {
        super((String) null);
        this.kind = kind;
        this.t = t;
        this.samples = samples;
        this.tailSource = tail;
        this.speedRatio = speedRatio;
        this.corners = List.copyOf(corners);
    }

    @Override
    public String getMessage() {
        return String.format(Locale.ROOT, "the boundary is not smooth (%s near t = %.6g): with %d samples the top half"
                + " of its spectrum is %.3g of the largest coefficient, and its slowest speed %.3g of the fastest",
                kind, t, samples, tailRatio(), speedRatio);
    }

    /** What is not smooth there. */
    public Kind kind() {
        return kind;
    }

    /**
     * Where, as t in [0, 1) of the expressions x(t), y(t): to the sampling's resolution, or to the
     * rounding of t for a located corner (the first of {@link #corners()}, or its first cusp).
     */
    public double t() {
        return t;
    }

    /** Number of equispaced samples of x(t), y(t) at which the check stopped. */
    public int samples() {
        return samples;
    }

    /**
     * Largest Fourier coefficient of the top half of the spectrum (|m| &gt; samples/4) relative to
     * the largest of all; a smooth curve brings it below {@link SmoothCurve#SPECTRUM_DECAY}.
     */
    public synchronized double tailRatio() {
        if (tailSource != null) {
            tailRatio = tailSource.getAsDouble();
            tailSource = null;
        }
        return tailRatio;
    }

    /**
     * Smallest |z'(t)| relative to the largest (for a curve the series could not resolve, of the
     * chords between samples); a standstill is below {@link SmoothCurve#MIN_SPEED_RATIO} (resolved
     * curves) or {@link Irregularity#STILL} (sampled ones).
     */
    public double speedRatio() {
        return speedRatio;
    }

    /**
     * The corners located ({@link CornerFinder}), in increasing t, for a curve that the series could
     * not resolve and that does not stand still; empty if none was found (a kink in the speed alone,
     * a corner of less than {@link CornerFinder#MIN_TURN} radians) or the curve stands still.
     */
    public List<Corner> corners() {
        return corners;
    }
}
