package scatter.physics.exact.system.rcip;

import java.util.ArrayList;
import java.util.List;
import scatter.linalg.ParallelRows;
import scatter.physics.exact.curve.ClosedSide;
import scatter.physics.exact.curve.ObstacleShape;
import scatter.physics.exact.curve.PolygonBoundary;
import scatter.physics.exact.curve.Side;
import scatter.physics.exact.system.Coupling;
import scatter.physics.exact.system.IncidentData;

/**
 * Several obstacles, at least one with corners, as one boundary for RCIP (docs/exact.md, "Several obstacles
 * with corners"): every obstacle's coarse panels in one {@link PanelMesh}, in obstacle order (a boundary
 * with corners its {@link PolygonPanels}, a smooth curve panels along it as along a curved side without
 * corners, {@link CurvedSides#closed}, from {@link ClosedSide}), one operator on all of them (soft the
 * combined field, hard the single layer, the same with sources inside ({@link InteriorSources}) or the
 * regularised system, {@link Formulation}), and each corner's compressed block ({@link CoarseSystem}). So
 * every obstacle's field at every other's nodes is the same panel quadrature as its own, the product
 * weights wherever a node is inside another panel's Bernstein ellipse, however close the obstacles; what
 * the compression needs, that the field of everything else be smooth on a corner's four coarse panels, is
 * kept by capping each corner's length ell_c at {@value #CORNER_GAP_SHARE} of its vertex's distance to the
 * nearest other obstacle ({@link #cornerCaps}), so the corner's panels (2 ell_c from the vertex) stay at
 * least 4 ell_c from it.
 *
 * <p>One coupling for all: eta at the smallest obstacle's R0 ({@link ObstacleShape#radius()}, as the
 * graded mesh takes it), and the regularised system's Laplace scale rho 4 R0 of the whole configuration
 * (half the diagonal of the box of all obstacles: beyond the union's logarithmic capacity, which
 * the regularisation needs of the union as of one boundary). Immutable.
 */
public final class RcipObstacles {
    /** A corner's length is at most this share of its vertex's distance to the nearest other obstacle. */
    static final double CORNER_GAP_SHARE = 1.0 / 6;
    /** Points per side (or per smooth curve) at which another obstacle's distance to a corner is sampled. */
    private static final int GAP_SAMPLES = 1024;

    private final List<ObstacleShape> shapes;
    private final List<ClosedSide> closed;
    private final double[][] caps;
    private final double k;
    private final double eta;
    private final double rho;
    private final double[] box;

    /** The obstacles, in order, at wavenumber k; at least one has corners. */
    public RcipObstacles(List<ObstacleShape> shapes, double k) {
        this.shapes = List.copyOf(shapes);
        this.k = k;
        double smallest = Double.POSITIVE_INFINITY;
        double[] all = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY};
        List<ClosedSide> sides = new ArrayList<>();
        for (ObstacleShape s : shapes) {
            smallest = Math.min(smallest, s.radius());
            double[] box = s.box();
            all[0] = Math.min(all[0], box[0]);
            all[1] = Math.max(all[1], box[1]);
            all[2] = Math.min(all[2], box[2]);
            all[3] = Math.max(all[3], box[3]);
            sides.add(s.curve() == null ? null : ClosedSide.of(s.curve()));
        }
        this.closed = sides;
        this.eta = Coupling.eta(k, smallest);
        this.box = all;
        this.rho = 4 * 0.5 * Math.hypot(all[1] - all[0], all[3] - all[2]);
        this.caps = cornerCaps(this.shapes);
    }

    /**
     * Whether every corner has room for its panels: false if a corner's vertex is nearer another obstacle
     * than that obstacle's sampling in {@link #cornerCaps} can tell apart from touching (its cap 0), where a
     * corner length of 0 would leave the corner's panels without length.
     */
    public boolean cornersHaveRoom() {
        for (double[] c : caps) {
            if (c == null) {
                continue;
            }
            for (double cap : c) {
                if (!(cap > 0)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The obstacles, in order. */
    public List<ObstacleShape> shapes() {
        return shapes;
    }

    /** The box of all obstacles: xmin, xmax, ymin, ymax. */
    public double[] box() {
        return box.clone();
    }

    /** The coupling eta of the representation, one for all obstacles (0 for the single layer). */
    public double eta(Formulation formulation) {
        return formulation.singleLayer() ? 0 : eta;
    }

    private BoundaryOperator operator(Formulation formulation) {
        return switch (formulation) {
            case COMBINED_FIELD -> new CombinedField(k, eta);
            case SINGLE_LAYER, MODIFIED_SINGLE_LAYER -> RegularisedHard.singleLayer(k);
            case REGULARISED -> new RegularisedHard(k, eta, rho);
        };
    }

    /**
     * Per obstacle with corners, per corner, the most its corner length may be: {@value #CORNER_GAP_SHARE}
     * of the distance from its vertex to the nearest other obstacle, measured to {@value #GAP_SAMPLES}
     * points per side or smooth curve less their spacing (a lower bound); null for a smooth obstacle.
     */
    static double[][] cornerCaps(List<ObstacleShape> shapes) {
        int count = shapes.size();
        List<double[][]> samples = new ArrayList<>();
        double[] spacing = new double[count];
        for (int b = 0; b < count; b++) {
            ObstacleShape s = shapes.get(b);
            if (s.curve() != null) {
                samples.add(s.curve().points(GAP_SAMPLES));
                spacing[b] = s.curve().maxSpeed() * 2 * Math.PI / GAP_SAMPLES;
                continue;
            }
            PolygonBoundary polygon = s.polygon();
            int m = polygon.sides();
            double[][] z = new double[2][m * GAP_SAMPLES];
            double[] off = new double[2];
            double widest = 0;
            for (int c = 0; c < m; c++) {
                Side side = polygon.side(c);
                double[] t = new double[2];
                for (int l = 0; l < GAP_SAMPLES; l++) {
                    double u = (double) l / GAP_SAMPLES;
                    side.offset(u, 1 - u, false, off);
                    z[0][c * GAP_SAMPLES + l] = polygon.vertexX(c) + off[0];
                    z[1][c * GAP_SAMPLES + l] = polygon.vertexY(c) + off[1];
                    side.tangent(u, 1 - u, t);
                    widest = Math.max(widest, Math.hypot(t[0], t[1]) / GAP_SAMPLES);
                }
            }
            samples.add(z);
            spacing[b] = widest;
        }
        double[][] caps = new double[count][];
        for (int b = 0; b < count; b++) {
            PolygonBoundary polygon = shapes.get(b).polygon();
            if (polygon == null) {
                continue;
            }
            caps[b] = new double[polygon.sides()];
            for (int c = 0; c < polygon.sides(); c++) {
                double vx = polygon.vertexX(c);
                double vy = polygon.vertexY(c);
                double nearest = Double.POSITIVE_INFINITY;
                for (int o = 0; o < count; o++) {
                    if (o == b) {
                        continue;
                    }
                    double[][] z = samples.get(o);
                    double d = Double.POSITIVE_INFINITY;
                    for (int j = 0; j < z[0].length; j++) {
                        d = Math.min(d, Math.hypot(z[0][j] - vx, z[1][j] - vy));
                    }
                    nearest = Math.min(nearest, d - spacing[o]);
                }
                caps[b][c] = CORNER_GAP_SHARE * Math.max(nearest, 0);
            }
        }
        return caps;
    }

    /** Obstacle b's panels at panel length H. */
    private PolygonPanels panels(int b, double panelLength) {
        return new PolygonPanels(shapes.get(b).polygon(), panelLength, caps[b]);
    }

    /** Samples of a smooth curve's panel need: eight per period of its finest mode, at least 256. */
    private int samples(int b) {
        return Math.max(256, 8 * shapes.get(b).curve().bandwidth());
    }

    /**
     * The coarse mesh of all obstacles at panel length H and, into {@code firstPanels} (count + 1 entries,
     * or null), where each obstacle's panels begin; into {@code corners} (or null) each obstacle with
     * corners' panels.
     */
    private PanelMesh mesh(double panelLength, int[] firstPanels, List<PolygonPanels> corners) {
        PanelMesh mesh = new PanelMesh();
        int line = 0;
        for (int b = 0; b < shapes.size(); b++) {
            if (firstPanels != null) {
                firstPanels[b] = mesh.panels();
            }
            ObstacleShape s = shapes.get(b);
            if (s.curve() == null) {
                PolygonPanels panels = panels(b, panelLength);
                for (int p = 0; p < panels.coarse.panels(); p++) {
                    mesh.copy(panels.coarse, p, line);
                }
                line += s.polygon().sides();
                if (corners != null) {
                    corners.add(panels);
                }
            } else {
                double[] start = closed.get(b).start();
                CurvedSides.closed(mesh, closed.get(b), start[0], start[1], panelLength, samples(b), line);
                line++;
            }
        }
        if (firstPanels != null) {
            firstPanels[shapes.size()] = mesh.panels();
        }
        return mesh;
    }

    /** The unknowns of the coarse system at panel length H in a formulation. */
    public int unknowns(double panelLength, Formulation formulation) {
        return formulation.components() * mesh(panelLength, null, null).nodes();
    }

    /** Each obstacle's coarse nodes at panel length H: [first, end) of obstacle b at b and b + 1. */
    public int[] firstNodes(double panelLength) {
        int[] first = new int[shapes.size() + 1];
        mesh(panelLength, first, null);
        for (int b = 0; b <= shapes.size(); b++) {
            first[b] *= Gauss16.N;
        }
        return first;
    }

    /**
     * The levels each corner is compressed over for a tolerance: the most any obstacle with corners needs
     * ({@link RcipBoundary#cornerLevels(PolygonBoundary, Formulation, double)}).
     */
    public int cornerLevels(Formulation formulation, double tolerance) {
        int most = 0;
        for (ObstacleShape s : shapes) {
            if (s.polygon() != null) {
                most = Math.max(most, RcipBoundary.cornerLevels(s.polygon(), formulation, tolerance));
            }
        }
        return most;
    }

    /**
     * The first panel length: that of the obstacle with corners that asks for the shortest (a share of a
     * wavelength, at most a quarter of its shortest side), the same rule as for one.
     *
     * @param wavelengths wavelengths in the first panel length
     */
    public double startPanelLength(double wavelengths) {
        double h = wavelengths * 2 * Math.PI / k;
        for (ObstacleShape s : shapes) {
            if (s.polygon() != null) {
                h = Math.min(h, 0.25 * s.polygon().shortestSide());
            }
        }
        return h;
    }

    /**
     * By RCIP on coarse panels at most {@code panelLength} long, each corner compressed over {@code levels}
     * levels, the recursions taken from {@code cache} where it holds them (null for none); with
     * {@code keepCorners} each corner's refined density for the close field. The single layer's solution
     * carries its condition estimate ({@link RcipSolver#accepts} judges it); the single layer with sources inside
     * has its points inside each obstacle with corners ({@link InteriorSources}), none in a smooth one.
     */
    public PanelSolution compressed(double panelLength, int levels, Formulation formulation, IncidentData incident,
            ParallelRows rows, boolean keepCorners, CornerCache cache) throws InterruptedException {
        long start = System.nanoTime();
        BoundaryOperator op = operator(formulation);
        int[] first = new int[shapes.size() + 1];
        List<PolygonPanels> polygons = new ArrayList<>();
        PanelMesh mesh = mesh(panelLength, first, polygons);
        List<CoarseSystem.Corners> corners = new ArrayList<>();
        int g = 0;
        for (int b = 0; b < shapes.size(); b++) {
            if (shapes.get(b).polygon() != null) {
                corners.add(CoarseSystem.compress(polygons.get(g++), first[b], levels, op, keepCorners, cache, rows));
            }
        }
        InteriorSources inside = null;
        if (formulation == Formulation.MODIFIED_SINGLE_LAYER) {
            List<PolygonBoundary> withCorners = new ArrayList<>();
            for (PolygonPanels p : polygons) {
                withCorners.add(p.polygon());
            }
            inside = InteriorSources.of(withCorners, panelLength, k);
        }
        return CoarseSystem.solve(mesh, corners, op, k, eta(formulation), formulation, inside, incident, rows,
                keepCorners, start);
    }
}
