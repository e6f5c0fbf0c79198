package scatter.output;

import scatter.geometry.Grid;
import scatter.physics.Field;

/** Small fields with distinctive, exactly representable and awkward values, for writer tests. */
public final class TestFields {
    private TestFields() {
    }

    public static Field sample(int nx, int ny) {
        Grid grid = new Grid(nx, ny, -3.5, 2.25, -2.5, 3.0);
        Field f = new Field(grid);
        java.util.Random random = new java.util.Random(42);
        for (int k = 0; k < grid.nodes(); k++) {
            f.incidentRe()[k] = random.nextGaussian();
            f.incidentIm()[k] = k * 1e-300;               // subnormal and tiny values survive
            f.scatteredRe()[k] = Math.scalb(random.nextDouble(), random.nextInt(40) - 20);
            f.scatteredIm()[k] = -k / 3.0;
            f.inside()[k] = (byte) (k % 7 == 0 ? 1 : 0);
        }
        return f;
    }
}
