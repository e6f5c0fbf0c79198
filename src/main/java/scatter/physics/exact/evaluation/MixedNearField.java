package scatter.physics.exact.evaluation;

import java.util.ArrayList;
import java.util.List;
import scatter.physics.NearField;
import scatter.physics.SourceTerms;
import scatter.physics.exact.system.BoundarySolution;
import scatter.physics.exact.system.CornerSolution;
import scatter.physics.exact.system.SolvedBoundary;

/**
 * The field of several boundaries, some with corners, at observers close to any of them, as
 * {@link ObstaclesNearField} does for smooth ones: each boundary's contribution by its own close rule
 * where the observer is within its reach ({@link CloseField} on a smooth curve, {@link CornerNearField}
 * on a boundary with corners), and by the plain sum of its sources where it is not (a smooth curve's
 * {@link BoundarySolution#fieldSources()}, the graded points' {@link CornerSolution#sources()}); an
 * observer near no boundary is left to the field kernel's plain sum of all sources. No source sets:
 * the fast evaluation takes every near node here.
 *
 * <p>Immutable; each thread takes its own {@link #newEvaluator()}.
 */
public final class MixedNearField implements NearField {
    private final List<NearField> close;
    private final List<SourceTerms> sources;
    private final double k;

    /** @param solutions each boundary's solution, {@link BoundarySolution} or {@link CornerSolution} */
    public MixedNearField(List<SolvedBoundary> solutions, double k) {
        List<NearField> c = new ArrayList<>();
        List<SourceTerms> s = new ArrayList<>();
        for (SolvedBoundary solution : solutions) {
            if (solution instanceof CornerSolution corner) {
                c.add(new CornerNearField(corner));
                s.add(corner.sources());
            } else {
                BoundarySolution smooth = (BoundarySolution) solution;
                c.add(new CloseField(smooth));
                s.add(smooth.fieldSources());
            }
        }
        close = List.copyOf(c);
        sources = List.copyOf(s);
        this.k = k;
    }

    /** Every boundary's far sources in order: what the kernel sums at nodes near no boundary. */
    public SourceTerms fieldSources() {
        return SourceTerms.concat(sources);
    }

    @Override
    public Evaluator newEvaluator() {
        Evaluator[] near = new Evaluator[close.size()];
        for (int b = 0; b < near.length; b++) {
            near[b] = close.get(b).newEvaluator();
        }
        return ObstaclesNearField.summed(near, sources, k);
    }
}
