package scatter.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link RowProduct} against the textbook triple loop, and the same rows whatever the blocks. */
class RowProductTest {
    @Test
    void rowsOfTheProductAreTheProduct() {
        // partial chunks and tiles (300 = 256 + 44 columns, 300 = 4 x 64 + 44 deep), rows left over from fours;
        // entries small integers, so every sum is exact in any order
        int count = 300;
        double[] a = new double[count * count];
        double[] b = new double[count * count];
        for (int e = 0; e < count * count; e++) {
            a[e] = (e * 7 % 13) - 6;
            b[e] = (e * 5 % 11) - 5;
        }
        RowProduct byB = new RowProduct(b, count);
        int rows = 7;
        double[][] aRows = new double[rows][];
        double[][] c = new double[rows][count];
        for (int r = 0; r < rows; r++) {
            aRows[r] = java.util.Arrays.copyOfRange(a, (40 + r) * count, (41 + r) * count);
        }
        byB.rows(aRows, rows, c);
        for (int r = 0; r < rows; r++) {
            for (int j = 0; j < count; j++) {
                double sum = 0;
                for (int l = 0; l < count; l++) {
                    sum += a[(40 + r) * count + l] * b[l * count + j];
                }
                assertEquals(sum, c[r][j], "row " + (40 + r) + ", column " + j);
            }
        }
    }

    @Test
    void aRowIsTheSameBitForBitInAnyBlock() {
        int count = 263;
        Random random = new Random(7);
        double[] b = new double[count * count];
        for (int e = 0; e < b.length; e++) {
            b[e] = random.nextGaussian();
        }
        double[][] a = new double[9][count];
        for (double[] row : a) {
            for (int l = 0; l < count; l++) {
                row[l] = random.nextGaussian();
            }
        }
        RowProduct byB = new RowProduct(b, count);
        double[][] together = new double[9][count];
        byB.rows(a, 9, together);
        for (int r = 0; r < 9; r++) {
            double[][] alone = new double[1][count];
            byB.rows(new double[][] {a[r]}, 1, alone);
            assertArrayEquals(together[r], alone[0], "row " + r + " alone and in a block of nine");
        }
    }
}
