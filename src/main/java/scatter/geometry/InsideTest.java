package scatter.geometry;

import java.util.Locale;

/** Decides whether a grid node lies inside the obstacle, where both fields are set to zero. */
public interface InsideTest {
    /** True if the point (x, y) is inside the obstacle. Must be safe to call from many threads. */
    boolean contains(double x, double y);

    /**
     * Which obstacle the point (x, y) is inside, numbered from 1 in the order given, or 0 if it is
     * inside none: for a test of one obstacle, 1 where {@link #contains} holds. Must be safe to
     * call from many threads.
     */
    default int obstacle(double x, double y) {
        return contains(x, y) ? 1 : 0;
    }

    /** The inside tests a user can choose. */
    enum Kind {
        /** Winding number: right for any simple contour ({@link WindingInsideTest}). The default. */
        WINDING,
        /** The teaching code's cross-product test, right only for convex contours ({@link ConvexInsideTest}). */
        CROSS;

        /** The test of this kind for a contour. */
        public InsideTest of(Contour contour) {
            return switch (this) {
                case WINDING -> new WindingInsideTest(contour);
                case CROSS -> new ConvexInsideTest(contour);
            };
        }

        /** The name users type, e.g. "winding". */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
