package scatter.chart;

/**
 * A colour map: anchor colours equally spaced along the scale, linear in RGB between them.
 * Values are given scaled to the colour range: a diverging map spans [-1, 1] (its middle anchor is
 * the colour of 0), a sequential one [0, 1]; values beyond take the end colours.
 */
public final class ColourMap {
    /**
     * ColorBrewer's 11-class "RdBu" scheme (Cynthia A. Brewer, Pennsylvania State University,
     * colorbrewer2.org), from blue to red: matplotlib's "RdBu_r", a diverging map that prints and
     * reads well for colour-blind viewers. Its middle anchor, 0xf7f7f7, is the colour of 0.
     */
    public static final ColourMap RD_BU = new ColourMap(true,
            0x053061, 0x2166ac, 0x4393c3, 0x92c5de, 0xd1e5f0, 0xf7f7f7, 0xfddbc7, 0xf4a582, 0xd6604d, 0xb2182b,
            0x67001f);

    /**
     * ColorBrewer's 9-class "YlOrRd" scheme, from pale yellow (0) to dark red: a sequential map for
     * magnitudes, in which small values fade towards the background and large ones stand out; it has
     * no grey, so the obstacle's grey stays apart.
     */
    public static final ColourMap YL_OR_RD = new ColourMap(false,
            0xffffcc, 0xffeda0, 0xfed976, 0xfeb24c, 0xfd8d3c, 0xfc4e2a, 0xe31a1c, 0xbd0026, 0x800026);

    private final boolean diverging;
    private final int[] anchors;

    private ColourMap(boolean diverging, int... anchors) {
        this.diverging = diverging;
        this.anchors = anchors;
    }

    /** Whether the map spans [-1, 1] (else [0, 1]). */
    public boolean diverging() {
        return diverging;
    }

    /** The low end of the scaled range: -1 for a diverging map, 0 for a sequential one. */
    public double low() {
        return diverging ? -1 : 0;
    }

    /** The anchor colours, low end first (0xRRGGBB). */
    public int[] anchors() {
        return anchors.clone();
    }

    /**
     * The colour (opaque 0xAARRGGBB) of a scaled value: {@link #low()} is the first anchor, 1 the
     * last, linear in RGB between anchors; beyond the range the end colours; NaN the colour of 0.
     */
    public int rgb(double scaled) {
        double low = low();
        double s = Double.isNaN(scaled) ? 0 : Math.max(low, Math.min(1, scaled));
        double position = (s - low) / (1 - low) * (anchors.length - 1);
        int lo = Math.min((int) position, anchors.length - 2);
        double t = position - lo;
        int a = anchors[lo];
        int b = anchors[lo + 1];
        int r = (int) Math.round((a >> 16 & 0xff) * (1 - t) + (b >> 16 & 0xff) * t);
        int gr = (int) Math.round((a >> 8 & 0xff) * (1 - t) + (b >> 8 & 0xff) * t);
        int bl = (int) Math.round((a & 0xff) * (1 - t) + (b & 0xff) * t);
        return 0xff000000 | r << 16 | gr << 8 | bl;
    }
}
