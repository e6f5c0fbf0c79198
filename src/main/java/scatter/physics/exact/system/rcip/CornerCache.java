package scatter.physics.exact.system.rcip;

import java.util.ArrayList;
import java.util.List;

/**
 * The corners' forward recursions kept across the panel halvings of one solve to a tolerance
 * ({@link RcipSolver#compressed(scatter.physics.exact.curve.PolygonBoundary, double, int, double,
 * scatter.physics.exact.system.BoundaryCondition, scatter.physics.exact.system.IncidentData,
 * scatter.linalg.ParallelRows, boolean, CornerCache)}): when the panels halve, so does each corner's
 * length ell, and R of ell/2 over L levels is R of ell over L + 1 levels after its L-th level, the same
 * bit for bit ({@link CornerCompression#compressEach}). So the first solve runs each recursion over
 * {@code extra} more levels than asked and keeps R after each of the last {@code extra} + 1; the next
 * {@code extra} halvings take theirs from it (with one, two, ... more levels than asked, never fewer),
 * and the refined density's store is the same recursion's first levels. For one wavenumber, boundary
 * condition and coupling; the sound-hard problem's two formulations ({@link Formulation}) are told
 * apart by their unknowns per node, each keeping its own recursions. Thread-safe.
 */
public final class CornerCache {
    private final int extra;
    private final List<Entry> entries = new ArrayList<>();

    /** One recursion: the corner's directions, its ell and levels, R after its last extra + 1 levels, its store. */
    private record Entry(int components, double inX, double inY, double outX, double outY, double ell, int levels,
            double[][] r, List<double[][]> store) {
    }

    /**
     * One curved corner's recursion: the polygon (by identity) and corner, what its levels scale with
     * ({@link PolygonPanels#cornerScales}), its levels, R after its last extra + 1 levels, its store.
     */
    private record CurvedEntry(int components, Object polygon, int corner, double[] scales, int levels,
            double[][] r, List<double[][]> store) {
    }

    private final List<CurvedEntry> curved = new ArrayList<>();

    /** R and, if kept, the store of the backward recursion, level 1 first. */
    record Compressed(double[] r, List<double[][]> store) {
    }

    /** @param extra the halvings one recursion serves beyond its own panels */
    public CornerCache(int extra) {
        if (extra < 0) {
            throw new IllegalArgumentException("extra levels " + extra);
        }
        this.extra = extra;
    }

    /**
     * R of the corner of length ell over at least {@code levels} levels, and its store if {@code keep};
     * a new recursion's rows on {@code rows} (called from one thread: not from inside {@code rows}' own ranges).
     */
    /**
     * As {@link #compress(double, double, double, double, double, int, PanelOperator, boolean,
     * scatter.linalg.ParallelRows)} for corner {@code corner} of {@code polygon} with a curved side
     * ({@link CurvedCorner}): its levels are the side's own at absolute scales, so when the panels halve
     * and all of {@code scales} halve exactly with them (a corner panel not held at a quarter of its side),
     * R of the shorter corner over L levels is R of the longer over L + 1 after its L-th level, bit for bit.
     */
    Compressed compressCurved(Object polygon, int corner, double[] scales, CornerGeometry geometry, int levels,
            PanelOperator op, boolean keep, scatter.linalg.ParallelRows rows) throws InterruptedException {
        synchronized (curved) {
            for (CurvedEntry e : curved) {
                if (e.components != op.components() || e.polygon != polygon || e.corner != corner
                        || (keep && e.store == null)) {
                    continue;
                }
                for (int j = 0; j <= extra; j++) {
                    if (halved(scales, e.scales, j) && e.levels - j >= levels) {
                        int at = e.levels - j;
                        return new Compressed(e.r[at - (e.levels - extra)],
                                e.store == null ? null : e.store.subList(0, at));
                    }
                }
            }
        }
        List<double[][]> store = keep ? new ArrayList<>() : null;
        int total = levels + extra;
        double[][] r = CornerCompression.compressEach(1, 0, 1, 0, 1, total, CurvedCorner.levelsOf(geometry, op), store,
                levels, rows);
        CurvedEntry entry = new CurvedEntry(op.components(), polygon, corner, scales.clone(), total, r,
                store == null ? null : List.copyOf(store));
        synchronized (curved) {
            curved.add(entry);
        }
        return new Compressed(r[extra], entry.store);
    }

    /** True if each of {@code scales} times 2^j is the same double as {@code kept}'s. */
    private static boolean halved(double[] scales, double[] kept, int j) {
        for (int i = 0; i < scales.length; i++) {
            if (Math.scalb(scales[i], j) != kept[i]) {
                return false;
            }
        }
        return true;
    }

    Compressed compress(double inX, double inY, double outX, double outY, double ell, int levels, PanelOperator op,
            boolean keep, scatter.linalg.ParallelRows rows) throws InterruptedException {
        synchronized (entries) {
            for (Entry e : entries) {
                if (e.components != op.components() || e.inX != inX || e.inY != inY || e.outX != outX
                        || e.outY != outY || (keep && e.store == null)) {
                    continue;
                }
                for (int j = 0; j <= extra; j++) {
                    if (Math.scalb(ell, j) == e.ell && e.levels - j >= levels) {
                        int at = e.levels - j;
                        return new Compressed(e.r[at - (e.levels - extra)],
                                e.store == null ? null : e.store.subList(0, at));
                    }
                }
            }
        }
        List<double[][]> store = keep ? new ArrayList<>() : null;
        int total = levels + extra;
        double[][] r = CornerCompression.compressEach(inX, inY, outX, outY, ell, total, op, store, levels,
                rows);
        Entry entry = new Entry(op.components(), inX, inY, outX, outY, ell, total, r, store == null ? null : List.copyOf(store));
        synchronized (entries) {
            entries.add(entry);
        }
        return new Compressed(r[extra], entry.store);
    }
}
