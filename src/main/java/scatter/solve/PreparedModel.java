package scatter.solve;

import java.util.List;
import java.util.Optional;
import scatter.geometry.Contour;
import scatter.physics.Incident;
import scatter.physics.PreparedProblem;
import scatter.physics.exact.ExactModel;
import scatter.physics.exact.evaluation.FarField;
import scatter.physics.exact.evaluation.FarFieldPattern;

/**
 * A problem prepared by its model: what the field kernel evaluates, and for the exact model the
 * solved boundary equation (its points, density and convergence) and how long solving it took.
 *
 * @param problem what the kernel evaluates
 * @param exact the exact model's solution, or null for the Kirchhoff model
 * @param solveNanos wall-clock time of the exact model's solve (sampling the curve, assembling and
 *     factorising every level, preparing the close evaluation), 0 for the Kirchhoff model
 */
public record PreparedModel(PreparedProblem problem, ExactModel exact, long solveNanos) {
    /**
     * Margin of the directions the far field's sigma_s is summed on, beyond 4 k R0
     * ({@link FarField}: the trapezoid rule is exact for the band-limited |f|^2 from there).
     */
    private static final int SIGMA_MARGIN = 256;

    /**
     * The model's discretisation, as users count it: the exact model's boundary points, or the
     * Kirchhoff model's contour segments, of all obstacles together. (The field kernel may sum fewer sources: away from the
     * boundary the exact model takes every other point, see BoundarySolution.fieldStride.)
     */
    public int points() {
        if (exact == null) {
            return problem.sources().count();
        }
        return exact.boundaries().stream().mapToInt(scatter.physics.exact.system.SolvedBoundary::points).sum();
    }

    /** The exact model's solution, if this is the exact model. */
    public Optional<ExactModel> exactModel() {
        return Optional.ofNullable(exact);
    }

    /**
     * The model's far-field pattern at {@code angles} equally spaced directions from 0, with sigma_s,
     * sigma_ext and the optical theorem's residual: from the boundary solution for the exact model,
     * from the contour's segments for the Kirchhoff model ({@link FarField}). Depends on the problem
     * only, not on the grid or a part's band.
     */
    public FarFieldPattern farField(int angles) {
        return exact != null ? exact.farField(angles) : kirchhoff(problem.contours(), problem.wave(), angles);
    }

    /**
     * The Kirchhoff model's far field of several obstacles, each lit on its own: f is the sum of
     * every obstacle's f ({@link FarField#kirchhoff}, whose phases all refer to the same origin);
     * sigma_ext, linear in the forward f, is the sum of theirs; sigma_s = int |f|^2 is summed again
     * from the whole f, by the trapezoid rule on 4 k R0 + {@value #SIGMA_MARGIN} directions with R0
     * half the bounding diagonal of all the contours together, which |f|^2 (of bandwidth at most
     * k times the largest distance between two segment midpoints, at most 2 R0) needs. For one
     * obstacle, exactly {@link FarField#kirchhoff}.
     */
    static FarFieldPattern kirchhoff(List<Contour> contours, Incident wave, int angles) {
        if (contours.size() == 1) {
            return FarField.kirchhoff(contours.get(0), wave, angles);
        }
        int directions = (int) Math.ceil(4 * wave.k() * radius(contours)) + SIGMA_MARGIN;
        double[] re = new double[angles];
        double[] im = new double[angles];
        double[] sRe = new double[directions];
        double[] sIm = new double[directions];
        double[] theta = null;
        double sigmaExt = 0;
        for (Contour c : contours) {
            FarFieldPattern one = FarField.kirchhoff(c, wave, angles);
            FarFieldPattern fine = FarField.kirchhoff(c, wave, directions);
            theta = one.angles();
            for (int l = 0; l < angles; l++) {
                re[l] += one.re()[l];
                im[l] += one.im()[l];
            }
            for (int l = 0; l < directions; l++) {
                sRe[l] += fine.re()[l];
                sIm[l] += fine.im()[l];
            }
            sigmaExt += one.sigmaExt();
        }
        double sum = 0;
        for (int l = 0; l < directions; l++) {
            sum += sRe[l] * sRe[l] + sIm[l] * sIm[l];
        }
        double sigmaS = 2 * Math.PI * sum / directions;
        return new FarFieldPattern(theta, re, im, sigmaS, sigmaExt, (sigmaS - sigmaExt) / sigmaS);
    }

    /** Half the diagonal of the bounding box of all the contours together. */
    private static double radius(List<Contour> contours) {
        double[] box = Contour.bounds(contours);
        return 0.5 * Math.hypot(box[1] - box[0], box[3] - box[2]);
    }

    /**
     * About how many (direction, source) terms {@link #farField} sums: {@code angles} directions and
     * the 4 k R0 + 256 that sigma_s needs (R0 half the contour's bounding diagonal), times the
     * {@link #points} (the far field sums every boundary point), R0 that of all the obstacles
     * together (several Kirchhoff obstacles sum their patterns on those directions twice over).
     * Small next to the field's
     * (nodes x sources) whenever the grid resolves the wavelength; large only for an obstacle very
     * many wavelengths round on a coarse grid.
     */
    public double farFieldTerms(int angles) {
        double directions = angles + Math.ceil(4 * problem.wave().k() * radius(problem.contours())) + SIGMA_MARGIN;
        return (problem.contours().size() == 1 ? 1 : 2) * directions * points();
    }
}
