package scatter.physics;

import scatter.geometry.Contour;
import scatter.geometry.Grid;
import scatter.geometry.NearContour;

/**
 * How far an approximate field (the Kirchhoff model's, u_K) is from a reference field on the same
 * grid (the exact model's, u_exact), node by node: d = |u_K - u_exact|, the modulus of the complex
 * difference of the total fields (which is that of the scattered fields, the incident wave being
 * the same). Only nodes outside the obstacle in both fields count (the two models' inside tests
 * differ by a node or two along the boundary).
 *
 * <p>With u_exact the reference's scattered field and M = max |u_exact| over the counted nodes:
 * <ul>
 *   <li>{@link #max()} = max d / M;</li>
 *   <li>{@link #rms()} = sqrt(mean d^2) / M;</li>
 *   <li>{@link #relativeRms()} = sqrt(sum d^2 / sum |u_exact|^2), the error relative to the field
 *     node by node in the RMS sense (EXACT.md's figure: 0.25 for the default case at lambda 0.5,
 *     sound-hard);</li>
 *   <li>{@link #farMax()}, {@link #farRms()}, {@link #farRelativeRms()}: the same over the counted
 *     nodes more than one wavelength from the contour, away from where the Kirchhoff sources are
 *     singular (max and RMS still divided by the same M).</li>
 * </ul>
 * The max is dominated by the nodes next to the boundary, where the Kirchhoff model's segment
 * sources peak; the far figures say how wrong the approximation is as a field.
 */
public final class FieldDifference {
    private final double[] magnitude;
    private final byte[] excluded;
    private final double scale;
    private final Stats all;
    private final Stats far;

    /** The max and RMS of d / M, the relative RMS over some nodes, and how many nodes. */
    private record Stats(double max, double rms, double relativeRms, int nodes) {
    }

    private FieldDifference(double[] magnitude, byte[] excluded, double scale, Stats all, Stats far) {
        this.magnitude = magnitude;
        this.excluded = excluded;
        this.scale = scale;
        this.all = all;
        this.far = far;
    }

    /**
     * Compares two fields of the same grid.
     *
     * @param approximate the field whose error is measured (u_K)
     * @param reference the field taken as right (u_exact); its scattered part sets the scale
     * @param contour the obstacle's boundary, to tell the nodes more than {@code wavelength} from it
     * @throws IllegalArgumentException if the grids differ
     */
    public static FieldDifference between(Field approximate, Field reference, Contour contour, double wavelength) {
        return between(approximate, reference, java.util.List.of(contour), wavelength);
    }

    /**
     * As {@link #between(Field, Field, Contour, double)} for several obstacles: "far" nodes are
     * more than {@code wavelength} from every contour.
     */
    public static FieldDifference between(Field approximate, Field reference, java.util.List<Contour> contours,
            double wavelength) {
        Grid grid = reference.grid();
        Grid other = approximate.grid();
        if (grid.nx() != other.nx() || grid.ny() != other.ny() || grid.xmin() != other.xmin()
                || grid.xmax() != other.xmax() || grid.ymin() != other.ymin() || grid.ymax() != other.ymax()
                || grid.firstRow() != other.firstRow()) {
            throw new IllegalArgumentException("the fields are on different grids");
        }
        int n = grid.nodes();
        double[] magnitude = new double[n];
        byte[] excluded = new byte[n];
        double scale = 0;
        for (int k = 0; k < n; k++) {
            if (approximate.inside[k] != 0 || reference.inside[k] != 0) {
                excluded[k] = 1;
                continue;
            }
            double re = approximate.incidentRe[k] + approximate.scatteredRe[k] - reference.incidentRe[k]
                    - reference.scatteredRe[k];
            double im = approximate.incidentIm[k] + approximate.scatteredIm[k] - reference.incidentIm[k]
                    - reference.scatteredIm[k];
            magnitude[k] = Math.hypot(re, im);
            scale = Math.max(scale, Math.hypot(reference.scatteredRe[k], reference.scatteredIm[k]));
        }
        java.util.List<NearContour> near = contours.stream().map(c -> new NearContour(c, wavelength)).toList();
        Sums all = new Sums();
        Sums far = new Sums();
        for (int k = 0; k < n; k++) {
            if (excluded[k] == 0) {
                double re = reference.scatteredRe[k];
                double im = reference.scatteredIm[k];
                all.add(magnitude[k], re * re + im * im);
                double x = grid.xOf(k);
                double y = grid.yOf(k);
                if (near.stream().noneMatch(c -> c.contains(x, y))) {
                    far.add(magnitude[k], re * re + im * im);
                }
            }
        }
        return new FieldDifference(magnitude, excluded, scale, all.stats(scale), far.stats(scale));
    }

    /** Running max and sums of squares over some nodes. */
    private static final class Sums {
        double max;
        double difference2;
        double reference2;
        int nodes;

        void add(double d, double reference2) {
            max = Math.max(max, d);
            difference2 += d * d;
            this.reference2 += reference2;
            nodes++;
        }

        Stats stats(double scale) {
            if (nodes == 0) {
                return new Stats(Double.NaN, Double.NaN, Double.NaN, 0);
            }
            double m = scale > 0 ? scale : 1;
            return new Stats(max / m, Math.sqrt(difference2 / nodes) / m,
                    reference2 > 0 ? Math.sqrt(difference2 / reference2) : Double.NaN, nodes);
        }
    }

    /** max |u_K - u_exact| / M over the counted nodes (NaN if there are none). */
    public double max() {
        return all.max;
    }

    /** sqrt(mean |u_K - u_exact|^2) / M over the counted nodes (NaN if there are none). */
    public double rms() {
        return all.rms;
    }

    /** sqrt(sum |u_K - u_exact|^2 / sum |u_exact|^2) over the counted nodes (NaN if there are none). */
    public double relativeRms() {
        return all.relativeRms;
    }

    /** Nodes outside the obstacle in both fields: those counted. */
    public int nodes() {
        return all.nodes;
    }

    /** {@link #max()} over the counted nodes more than a wavelength from the contour (NaN if none). */
    public double farMax() {
        return far.max;
    }

    /** {@link #rms()} over the counted nodes more than a wavelength from the contour (NaN if none). */
    public double farRms() {
        return far.rms;
    }

    /** {@link #relativeRms()} over the counted nodes more than a wavelength from the contour (NaN if none). */
    public double farRelativeRms() {
        return far.relativeRms;
    }

    /** Counted nodes more than a wavelength from the contour. */
    public int farNodes() {
        return far.nodes;
    }

    /** M = max |u_exact| (scattered) over the counted nodes. */
    public double scale() {
        return scale;
    }

    /** |u_K - u_exact| at every node, 0 at the {@link #excluded()} ones (the array itself, not a copy). */
    public double[] magnitude() {
        return magnitude;
    }

    /** 1 at the nodes inside the obstacle in either field, which are not counted; else 0. */
    public byte[] excluded() {
        return excluded;
    }
}
