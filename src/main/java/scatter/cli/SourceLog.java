package scatter.cli;

import java.util.Locale;
import scatter.physics.Field;
import scatter.physics.SourceCheck;
import scatter.physics.exact.evaluation.FarFieldPattern;
import scatter.solve.PreparedModel;
import scatter.solve.Problem;

/**
 * What the log says of a line source (--source): which wave lights the obstacle, and, for a source
 * inside an obstacle (the exact model only), that the run is a check of the solver with the error
 * it measured: outside the obstacle the scattered field must be minus the source's own field
 * ({@link SourceCheck}).
 */
final class SourceLog {
    private SourceLog() {
    }

    /** Before the field: the incident wave, when it is a line source. */
    static void incident(Problem problem, PreparedModel model, Log log) {
        if (problem.source() == null) {
            return;
        }
        int holder = model.exactModel().map(m -> m.obstacleAt(problem.source().x(), problem.source().y())).orElse(0);
        log.info("incident wave: a line source at {}, u_inc = (i/4) H0(k |x - x0|){}", problem.source().describe(),
                holder == 0 ? "" : ", inside " + (problem.obstacles().size() == 1 ? "the obstacle" : "obstacle " + holder));
    }

    /**
     * After the field: for a source inside an obstacle, the measured error of the scattered field
     * against minus the source's own, over the nodes computed (a part's band only, for a part), and
     * of the far field if there is one.
     */
    static void check(Problem problem, PreparedModel model, Field field, FarFieldPattern far, Log log) {
        if (problem.source() == null || model.exact() == null
                || model.exact().obstacleAt(problem.source().x(), problem.source().y()) == 0) {
            return;
        }
        String farPart = far == null ? "" : String.format(Locale.ROOT, "; far field %s (max |f + f_inc| relative to"
                + " max |f|)", ModelLog.number(SourceCheck.farFieldError(model.problem().wave(), far.angles(), far.re(),
                far.im())));
        log.info("the source is inside the obstacle, so the scattered field outside must be minus the source's own:"
                + " this run is a check of the solver, measured error {} (max |u_s + u_inc| over the {} grid nodes"
                + " outside, relative to max |u_s| there){}", ModelLog.number(SourceCheck.fieldError(field)),
                SourceCheck.outsideNodes(field), farPart);
    }
}
