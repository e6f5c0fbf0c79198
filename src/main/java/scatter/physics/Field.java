package scatter.physics;

import scatter.geometry.Grid;

/**
 * The computed fields on a grid: incident and scattered, real and imaginary parts, and which nodes
 * are inside an obstacle, and which (where both fields are zero). Flat row-major arrays: node (i, j) is at
 * k = j (nx + 1) + i. Each node's slots are written by exactly one worker.
 */
public final class Field {
    private final Grid grid;
    final double[] incidentRe;
    final double[] incidentIm;
    final double[] scatteredRe;
    final double[] scatteredIm;
    final byte[] inside;

    /** Allocates zeroed arrays for every node of the grid. */
    public Field(Grid grid) {
        this(grid, new double[grid.nodes()], new double[grid.nodes()], new double[grid.nodes()],
                new double[grid.nodes()], new byte[grid.nodes()]);
    }

    /** Wraps existing arrays (not copied), each of length grid.nodes(). */
    public Field(Grid grid, double[] incidentRe, double[] incidentIm, double[] scatteredRe,
            double[] scatteredIm, byte[] inside) {
        int n = grid.nodes();
        if (incidentRe.length != n || incidentIm.length != n || scatteredRe.length != n
                || scatteredIm.length != n || inside.length != n) {
            throw new IllegalArgumentException("every array must have one value per grid node (" + n + ")");
        }
        this.grid = grid;
        this.incidentRe = incidentRe;
        this.incidentIm = incidentIm;
        this.scatteredRe = scatteredRe;
        this.scatteredIm = scatteredIm;
        this.inside = inside;
    }

    /** Bytes needed for the arrays of a grid with this many nodes. */
    public static long bytesFor(long nodes) {
        return nodes * (4 * Double.BYTES + 1);
    }

    public Grid grid() {
        return grid;
    }

    /** Real part of the incident field, one value per node (the array itself, not a copy). */
    public double[] incidentRe() {
        return incidentRe;
    }

    public double[] incidentIm() {
        return incidentIm;
    }

    public double[] scatteredRe() {
        return scatteredRe;
    }

    public double[] scatteredIm() {
        return scatteredIm;
    }

    /**
     * For each node, the number (from 1) of the obstacle it is inside, 0 outside them all: 1 for
     * nodes inside the obstacle when there is one.
     */
    public byte[] inside() {
        return inside;
    }

    /** The teaching code's checksum: sum over all nodes of |u_scat|^2, in node order. */
    public double checksum() {
        double sum = 0;
        for (int k = 0; k < scatteredRe.length; k++) {
            sum += scatteredRe[k] * scatteredRe[k] + scatteredIm[k] * scatteredIm[k];
        }
        return sum;
    }

    /**
     * The first node whose incident or scattered field is NaN or infinite, or -1 if every value is
     * finite. Results are checked before they are written: the boundary rule and the input checks
     * are meant to make this impossible, and a file must never carry such values.
     */
    public int firstNonFinite() {
        for (int k = 0; k < scatteredRe.length; k++) {
            if (!Double.isFinite(incidentRe[k]) || !Double.isFinite(incidentIm[k])
                    || !Double.isFinite(scatteredRe[k]) || !Double.isFinite(scatteredIm[k])) {
                return k;
            }
        }
        return -1;
    }

    /** Number of nodes inside the obstacle. */
    public int insideCount() {
        int count = 0;
        for (byte b : inside) {
            count += b != 0 ? 1 : 0;
        }
        return count;
    }

    /**
     * Real part of the total field at time step {@code frame} of {@code frames}:
     * Re(exp(-i 2 pi frame / frames) (u_scat + u_inc)); frame 0 is Re(u_inc + u_scat).
     */
    public double[] totalReal(int frame, int frames) {
        double angle = -2 * Math.PI * frame / frames;
        double c = Math.cos(angle);
        double s = Math.sin(angle);
        double[] total = new double[scatteredRe.length];
        for (int k = 0; k < total.length; k++) {
            double re = incidentRe[k] + scatteredRe[k];
            double im = incidentIm[k] + scatteredIm[k];
            total[k] = c * re - s * im;
        }
        return total;
    }
}
