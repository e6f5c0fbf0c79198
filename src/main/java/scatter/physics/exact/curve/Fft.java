package scatter.physics.exact.curve;

/**
 * In-place complex FFT of a power-of-two size: iterative radix-2 Cooley-Tukey (decimation in
 * time, bit-reversed input order), unnormalised,
 * <pre>  forward: y_k = sum_j x_j e^{-2 pi i jk/N},   inverse: y_k = sum_j x_j e^{+2 pi i jk/N}. </pre>
 *
 * <p>Why not a library's: the twiddle factors must be accurate to the rounding unit, because the
 * curve's derivatives and the density's interpolants are taken at N up to 2^18 and must stay near
 * 1e-16 of their size. Hipparchus 4.0.2's FastFourierTransformer forms the twiddles by repeated
 * multiplication, so its error grows like N: measured on a single mode, 1.8e-14 at N = 1024 and
 * 3.4e-13 at N = 16384, against 3e-16 here. This table takes each e^{-2 pi i j/N} from
 * Math.cos/Math.sin of an angle reduced to [0, pi/4] by the octant symmetries, so every twiddle
 * is correct to about 1e-16 and the transform's error grows only like log N.
 *
 * <p>Immutable (the table); {@link #transform} works on the caller's arrays.
 */
public final class Fft {
    private final int size;
    private final int bits;
    /** cos and sin of 2 pi j / N, j = 0..N/2-1. */
    private final double[] cos;
    private final double[] sin;

    public Fft(int size) {
        if (size < 1 || Integer.bitCount(size) != 1) {
            throw new IllegalArgumentException("FFT size must be a power of two: " + size);
        }
        this.size = size;
        this.bits = Integer.numberOfTrailingZeros(size);
        int half = size / 2;
        cos = new double[Math.max(1, half)];
        sin = new double[Math.max(1, half)];
        for (int j = 0; j < half; j++) {
            // angle 2 pi j/N = (pi/4) e with e = 8j/N in [0, 4): reduce to [0, pi/4]
            int eighth = 8 * j / size;          // octant 0..3
            int rest = 8 * j - eighth * size;   // 8j mod N, so the angle in the octant is (pi/4) rest/N
            double c;
            double s;
            switch (eighth) {
                case 0 -> {
                    c = Math.cos(Math.PI / 4 * rest / size);
                    s = Math.sin(Math.PI / 4 * rest / size);
                }
                case 1 -> {   // pi/2 - (pi/4)(N - rest)/N
                    double a = Math.PI / 4 * (size - rest) / size;
                    c = Math.sin(a);
                    s = Math.cos(a);
                }
                case 2 -> {   // pi/2 + (pi/4) rest/N
                    double a = Math.PI / 4 * rest / size;
                    c = -Math.sin(a);
                    s = Math.cos(a);
                }
                default -> {  // pi - (pi/4)(N - rest)/N
                    double a = Math.PI / 4 * (size - rest) / size;
                    c = -Math.cos(a);
                    s = Math.sin(a);
                }
            }
            cos[j] = c;
            sin[j] = s;
        }
    }

    int size() {
        return size;
    }

    /** Transforms re + i im in place: forward (e^{-...}) or inverse (e^{+...}), without scaling. */
    public void transform(double[] re, double[] im, boolean inverse) {
        if (re.length != size || im.length != size) {
            throw new IllegalArgumentException("arrays must have " + size + " entries");
        }
        for (int i = 0; i < size; i++) {
            int j = Integer.reverse(i) >>> (32 - bits);
            if (bits > 0 && j > i) {
                double t = re[i];
                re[i] = re[j];
                re[j] = t;
                t = im[i];
                im[i] = im[j];
                im[j] = t;
            }
        }
        double sign = inverse ? 1 : -1;
        for (int length = 2; length <= size; length *= 2) {
            int half = length / 2;
            int step = size / length;
            for (int start = 0; start < size; start += length) {
                for (int m = 0; m < half; m++) {
                    double wr = cos[m * step];
                    double wi = sign * sin[m * step];
                    int a = start + m;
                    int b = a + half;
                    double tr = re[b] * wr - im[b] * wi;
                    double ti = re[b] * wi + im[b] * wr;
                    re[b] = re[a] - tr;
                    im[b] = im[a] - ti;
                    re[a] += tr;
                    im[a] += ti;
                }
            }
        }
    }
}
