package scatter.physics.fmm;

import java.util.Arrays;
import scatter.geometry.Grid;

/**
 * The quadtree of boxes over a grid of targets and the sources on a curve. Its leaves are tiles of
 * the grid: tileX x tileY nodes each, the tile's box reaching half a cell beyond its outer nodes,
 * so that every leaf holds its nodes at the same offsets from its centre (one table of the local
 * expansion's basis at those offsets serves every leaf). The tile's size in nodes is chosen so
 * that the box is about square (the expansions converge at the same rate in x and y) and holds
 * about {@value #TILE_NODES} nodes, fewer where that would be more than {@value
 * #MAX_TILE_WAVELENGTHS} wavelengths across. The lattice of tiles is extended to the sources (an
 * obstacle may reach beyond the grid) and to a power of two 2^L per side; level l has 2^l x 2^l
 * boxes, level L the tiles.
 *
 * <p>The tree is that of the whole grid even for a band of its rows (a part of a split run), so
 * that every node gets the same value in a part as in the whole run. Sources are kept in leaf
 * order (by leaf key, then index); each level lists its boxes that hold sources by key
 * (iy 2^l + ix), sorted. Immutable.
 */
final class BoxTree {
    /** Nodes per tile aimed at: enough to make a leaf's expansion worth its cost, few enough that
     *  the direct sums near the curve stay small. */
    static final int TILE_NODES = 256;
    /** Largest tile side in wavelengths: beyond it the leaves' order grows with the tile. */
    static final double MAX_TILE_WAVELENGTHS = 2;

    final int levels;
    final int tileX;
    final int tileY;
    final double hx;
    final double hy;
    /** Lower left corner of lattice tile (0, 0). */
    final double originX;
    final double originY;
    /** Lattice tile of the grid's tile (0, 0). */
    final int offsetX;
    final int offsetY;
    /** Source indices in leaf order, and the leaf key of each, in that order. */
    final int[] order;
    final long[] leafKeyOfSorted;
    /** Per level: the sorted keys of boxes holding sources, and for the leaf level the first sorted source of each. */
    final long[][] sourceBoxes;
    final int[] leafStart;

    BoxTree(Grid grid, double[] sx, double[] sy, int count, double wavelength) {
        hx = (grid.xmax() - grid.xmin()) / grid.nx();
        hy = (grid.ymax() - grid.ymin()) / grid.ny();
        double side = Math.sqrt(TILE_NODES * hx * hy);
        side = Math.min(side, MAX_TILE_WAVELENGTHS * wavelength);
        int tx = Math.max(1, (int) Math.round(side / hx));
        int ty = Math.max(1, (int) Math.round(side / hy));
        // about square: a cell much longer one way sets the side
        if (tx * hx > 1.25 * ty * hy) {
            ty = Math.max(1, (int) Math.round(tx * hx / hy));
        } else if (ty * hy > 1.25 * tx * hx) {
            tx = Math.max(1, (int) Math.round(ty * hy / hx));
        }
        tileX = tx;
        tileY = ty;
        double dx = tileX * hx;
        double dy = tileY * hy;
        double gridX = grid.x(0) - hx / 2;
        double gridY = grid.y(0) - hy / 2;
        int minX = 0;
        int minY = 0;
        int maxX = (grid.nx() + 1 + tileX - 1) / tileX - 1;
        int maxY = (grid.ny() + 1 + tileY - 1) / tileY - 1;
        for (int s = 0; s < count; s++) {
            int ix = (int) Math.floor((sx[s] - gridX) / dx);
            int iy = (int) Math.floor((sy[s] - gridY) / dy);
            minX = Math.min(minX, ix);
            minY = Math.min(minY, iy);
            maxX = Math.max(maxX, ix);
            maxY = Math.max(maxY, iy);
        }
        offsetX = -minX;
        offsetY = -minY;
        int extent = Math.max(maxX - minX + 1, maxY - minY + 1);
        levels = 32 - Integer.numberOfLeadingZeros(extent - 1);
        originX = gridX - offsetX * dx;
        originY = gridY - offsetY * dy;

        int side2 = 1 << levels;
        long[] keyed = new long[count];
        for (int s = 0; s < count; s++) {
            int ix = clamp((int) Math.floor((sx[s] - originX) / dx), side2);
            int iy = clamp((int) Math.floor((sy[s] - originY) / dy), side2);
            long key = (long) iy * side2 + ix;
            keyed[s] = key << 32 | s;
        }
        Arrays.sort(keyed);
        order = new int[count];
        leafKeyOfSorted = new long[count];
        for (int s = 0; s < count; s++) {
            order[s] = (int) (keyed[s] & 0xffffffffL);
            leafKeyOfSorted[s] = keyed[s] >>> 32;
        }
        sourceBoxes = new long[levels + 1][];
        long[] leaves = Arrays.stream(leafKeyOfSorted).distinct().toArray();
        sourceBoxes[levels] = leaves;
        leafStart = new int[leaves.length + 1];
        for (int b = 0, s = 0; b < leaves.length; b++) {
            while (s < count && leafKeyOfSorted[s] != leaves[b]) {
                s++;
            }
            leafStart[b] = s;
        }
        leafStart[leaves.length] = count;
        for (int l = levels - 1; l >= 0; l--) {
            int childSide = 1 << (l + 1);
            int mySide = 1 << l;
            sourceBoxes[l] = Arrays.stream(sourceBoxes[l + 1])
                    .map(key -> (key / childSide / 2) * mySide + (key % childSide) / 2).distinct().sorted().toArray();
        }
    }

    private static int clamp(int i, int side) {
        return Math.max(0, Math.min(side - 1, i));
    }

    /** Box side in x at level l. */
    double sideX(int level) {
        return tileX * hx * (1L << (levels - level));
    }

    double sideY(int level) {
        return tileY * hy * (1L << (levels - level));
    }

    /** Half the diagonal of a box of level l: every source and target of a box is this close to its centre. */
    double radius(int level) {
        return 0.5 * Math.hypot(sideX(level), sideY(level));
    }

    /** Least distance between the centres of two boxes of level l that are not neighbours. */
    double separation(int level) {
        return 2 * Math.min(sideX(level), sideY(level));
    }

    double centreX(int level, int ix) {
        return originX + (ix + 0.5) * sideX(level);
    }

    double centreY(int level, int iy) {
        return originY + (iy + 0.5) * sideY(level);
    }

    /** Slot of box (ix, iy) of level l among the boxes with sources, or -1. */
    int sourceBox(int level, int ix, int iy) {
        int side = 1 << level;
        if (ix < 0 || iy < 0 || ix >= side || iy >= side) {
            return -1;
        }
        int at = Arrays.binarySearch(sourceBoxes[level], (long) iy * side + ix);
        return at >= 0 ? at : -1;
    }
}
