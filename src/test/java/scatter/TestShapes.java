package scatter;

/** Contours the tests use in several places, as users type them. */
public final class TestShapes {
    /** A non-convex star with three lobes, radius 1 +- 0.3: the reference case "star". */
    public static final String STAR_X = "(1+0.3*cos(6*pi*t))*cos(2*pi*t)";
    public static final String STAR_Y = "(1+0.3*cos(6*pi*t))*sin(2*pi*t)";
    /** A comb: 20 narrow teeth, whose edges nearly meet. */
    public static final String COMB_X = "(1 + 0.9*cos(40*pi*t))*cos(2*pi*t)";
    public static final String COMB_Y = "(1 + 0.9*cos(40*pi*t))*sin(2*pi*t)";

    private TestShapes() {
    }
}
