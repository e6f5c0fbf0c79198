package scatter.physics;

/**
 * The check a line source inside an obstacle gives the exact model: outside the obstacle the total
 * field vanishes, u_s = -u_inc = -(i/4) H0(k |x - x0|) (it is radiating, and u_inc + u_s = 0 meets
 * either boundary condition, so by uniqueness it is the scattered field, whatever the obstacle's
 * shape). The measured errors are relative to the largest scattered value, for any obstacle.
 */
public final class SourceCheck {
    private SourceCheck() {
    }

    /**
     * max over the nodes outside every obstacle of |u_s + u_inc|, over max |u_s| there; NaN if no node
     * is outside.
     */
    public static double fieldError(Field field) {
        double error = 0;
        double largest = 0;
        for (int k = 0; k < field.inside.length; k++) {
            if (field.inside[k] != 0) {
                continue;
            }
            error = Math.max(error, Math.hypot(field.scatteredRe[k] + field.incidentRe[k],
                    field.scatteredIm[k] + field.incidentIm[k]));
            largest = Math.max(largest, Math.hypot(field.scatteredRe[k], field.scatteredIm[k]));
        }
        return largest > 0 ? error / largest : Double.NaN;
    }

    /** Number of nodes outside every obstacle: those {@link #fieldError} measures. */
    public static int outsideNodes(Field field) {
        return field.inside.length - field.insideCount();
    }

    /**
     * max_l |f(theta_l) + f_inc(theta_l)| / max_l |f(theta_l)| over the pattern's directions: the far
     * field of u_s = -u_inc ({@link Incident#farField}).
     *
     * @param theta the directions, radians
     */
    public static double farFieldError(Incident wave, double[] theta, double[] re, double[] im) {
        double[] inc = new double[2];
        double error = 0;
        double largest = 0;
        for (int l = 0; l < theta.length; l++) {
            if (!wave.farField(theta[l], inc)) {
                return Double.NaN;
            }
            error = Math.max(error, Math.hypot(re[l] + inc[0], im[l] + inc[1]));
            largest = Math.max(largest, Math.hypot(re[l], im[l]));
        }
        return largest > 0 ? error / largest : Double.NaN;
    }
}
