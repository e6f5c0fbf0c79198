package scatter.geometry;

/** Decides whether a grid node lies inside the obstacle, where both fields are set to zero. */
public interface InsideTest {
    /** True if the point (x, y) is inside the obstacle. Must be safe to call from many threads. */
    boolean contains(double x, double y);
}
