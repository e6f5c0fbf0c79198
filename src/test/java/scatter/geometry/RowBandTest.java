package scatter.geometry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Splitting grid rows into bands: boundaries worked out by hand, and coverage for many splits. */
class RowBandTest {
    /** The first row of every band and the end of the last, for rows split into parts. */
    private static int[] boundaries(int rows, int parts) {
        int[] b = new int[parts + 1];
        for (int i = 0; i < parts; i++) {
            RowBand band = RowBand.of(rows, i, parts);
            b[i] = band.firstRow();
            b[i + 1] = band.endRow();
        }
        return b;
    }

    @Test
    void threePartsOf61Rows() {
        // floor(61 i / 3): 0, 20, 40, 61
        assertArrayEquals(new int[] {0, 20, 40, 61}, boundaries(61, 3));
    }

    @Test
    void aPrimeNumberOfPartsOfTheDefaultGrid() {
        // 129 rows, 7 parts: floor(129 i / 7) = 0, 18.4, 36.9, 55.3, 73.7, 92.1, 110.6, 129
        assertArrayEquals(new int[] {0, 18, 36, 55, 73, 92, 110, 129}, boundaries(129, 7));
    }

    @Test
    void onePartIsTheWholeGrid() {
        RowBand band = RowBand.of(129, 0, 1);
        assertEquals(new RowBand(0, 1, 0, 129), band);
    }

    @Test
    void asManyPartsAsRowsIsOneRowEach() {
        for (int i = 0; i < 7; i++) {
            assertEquals(new RowBand(i, 7, i, 1), RowBand.of(7, i, 7));
        }
    }

    @Test
    void morePartsThanRowsLeavesSomeBandsEmpty() {
        // 5 rows, 8 parts: floor(5 i / 8) = 0, 0, 1, 1, 2, 3, 3, 4, 5
        assertArrayEquals(new int[] {0, 0, 1, 1, 2, 3, 3, 4, 5}, boundaries(5, 8));
        assertEquals(0, RowBand.of(5, 0, 8).rowCount());
        assertEquals("part 0 of 8 (no rows)", RowBand.of(5, 0, 8).describe());
    }

    @Test
    void everyRowInExactlyOneBandAndSizesDifferByAtMostOne() {
        for (int rows = 0; rows <= 70; rows++) {
            for (int parts = 1; parts <= 75; parts++) {
                int[] owner = new int[rows];
                java.util.Arrays.fill(owner, -1);
                int next = 0;
                int min = Integer.MAX_VALUE;
                int max = 0;
                for (int i = 0; i < parts; i++) {
                    RowBand band = RowBand.of(rows, i, parts);
                    assertEquals(next, band.firstRow(), rows + " rows, band " + i + " of " + parts);
                    for (int j = band.firstRow(); j < band.endRow(); j++) {
                        assertEquals(-1, owner[j]);
                        owner[j] = i;
                    }
                    next = band.endRow();
                    min = Math.min(min, band.rowCount());
                    max = Math.max(max, band.rowCount());
                }
                assertEquals(rows, next, rows + " rows in " + parts + " parts");
                assertTrue(max - min <= 1, rows + " rows in " + parts + " parts: sizes " + min + ".." + max);
            }
        }
    }

    @Test
    void noOverflowOnHugeGrids() {
        int rows = Integer.MAX_VALUE / 2;
        RowBand last = RowBand.of(rows, 999, 1000);
        assertEquals(rows, last.endRow());
        assertEquals((int) (999L * rows / 1000), last.firstRow());
    }

    @Test
    void impossiblePartsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> RowBand.of(10, 3, 3));
        assertThrows(IllegalArgumentException.class, () -> RowBand.of(10, -1, 3));
        assertThrows(IllegalArgumentException.class, () -> RowBand.of(10, 0, 0));
    }

    @Test
    void describeNamesPartAndRows() {
        assertEquals("part 1 of 3 (rows 20-39)", RowBand.of(61, 1, 3).describe());
        assertEquals("part 2 of 7 (row 2)", RowBand.of(7, 2, 7).describe());
    }

    @Test
    void aBandOfAGridKeepsEveryNodesCoordinates() {
        Grid whole = new Grid(10, 12, -3.1, 2.7, -1.3, 4.9);
        RowBand band = RowBand.of(whole, 2, 3);
        Grid rows = whole.rows(band);
        assertEquals(band.rowCount() * 11, rows.nodes());
        assertEquals(band.firstRow(), rows.firstRow());
        assertTrue(whole.isWhole());
        assertTrue(!rows.isWhole());
        int offset = band.firstRow() * 11;
        for (int k = 0; k < rows.nodes(); k++) {
            assertEquals(Double.doubleToRawLongBits(whole.xOf(offset + k)), Double.doubleToRawLongBits(rows.xOf(k)));
            assertEquals(Double.doubleToRawLongBits(whole.yOf(offset + k)), Double.doubleToRawLongBits(rows.yOf(k)));
        }
        assertArrayEquals(java.util.Arrays.copyOfRange(whole.ys(), band.firstRow(), band.endRow()), rows.ys());
        assertArrayEquals(whole.xs(), rows.xs());
        assertThrows(IllegalArgumentException.class, () -> whole.rows(new RowBand(0, 1, 12, 2)));
        assertThrows(IllegalArgumentException.class, () -> whole.rows(RowBand.of(5, 0, 8)));
    }
}
