package scatter.physics.exact.evaluation;

import java.util.ArrayList;
import java.util.List;
import scatter.physics.NearField;
import scatter.physics.SourceSum;
import scatter.physics.SourceTerms;
import scatter.physics.exact.system.BoundarySolution;

/**
 * The field of several boundaries at observers close to any of them: each boundary's
 * contribution by its own {@link CloseField} where the observer is within that rule's reach of it
 * (refined trapezoid or graded rule), and by the plain sum of its field sources
 * ({@link BoundarySolution#fieldSources()}, every {@link BoundarySolution#fieldStride()}-th point)
 * where it is not, which is where that sum is accurate. An observer near no boundary is left to
 * the field kernel's plain sum of all sources ({@link scatter.physics.exact.ExactModel#fieldSources()}).
 *
 * <p>The stride stays per boundary: the argument of {@link BoundarySolution#fieldStride()} (the
 * kernel's error is handled by the close rule within 8 strided spacings; the density's aliasing
 * is that boundary's own change) holds for each boundary's sum separately.
 *
 * <p>For a fast evaluation of the sums ({@link #newFastEvaluator()}) one boundary's source sets are
 * its {@link CloseField}'s; with several, an observer near one boundary alone, within its
 * refinements' reach, is sent to that refinement joined with the other boundaries' field
 * sources ({@link #sourceSet(int)}); one near two boundaries, or closer to one than its
 * refinements reach, is evaluated here, by the boundaries' fast evaluators (the graded rule on
 * fixed panels) and the others' plain sums; so is every near observer where there are more than
 * {@value #MOST_WITH_SETS} boundaries.
 *
 * <p>Immutable; each thread takes its own {@link #newEvaluator()}.
 */
public final class ObstaclesNearField implements NearField {
    /**
     * Most boundaries whose refinements are source sets: each set is an evaluation of its own over
     * every boundary's sources, so their cost grows as the square of the boundaries; beyond these,
     * near nodes are evaluated node by node.
     */
    static final int MOST_WITH_SETS = 8;
    private final List<CloseField> close;
    private final List<SourceTerms> sources;
    private final double k;

    public ObstaclesNearField(List<BoundarySolution> solutions) {
        List<CloseField> c = new ArrayList<>();
        List<SourceTerms> s = new ArrayList<>();
        for (BoundarySolution solution : solutions) {
            c.add(new CloseField(solution));
            s.add(solution.fieldSources());
        }
        close = List.copyOf(c);
        sources = List.copyOf(s);
        k = solutions.get(0).wave().k();
    }

    @Override
    public Evaluator newEvaluator() {
        return evaluator(false);
    }

    @Override
    public Evaluator newFastEvaluator() {
        if (close.size() == 1) {
            return close.get(0).newFastEvaluator();
        }
        if (close.size() > MOST_WITH_SETS) {
            return evaluator(true);
        }
        int count = close.size();
        int levels = close.get(0).sourceSets();
        Evaluator[] near = new Evaluator[count];
        for (int b = 0; b < count; b++) {
            near[b] = close.get(b).newFastEvaluator();
        }
        Evaluator own = evaluator(true);
        return new Evaluator() {
            @Override
            public boolean scattered(double x, double y, double[] out) {
                return own.scattered(x, y, out);
            }

            @Override
            public int sourceSet(double x, double y) {
                int set = NOT_NEAR;
                for (int b = 0; b < count; b++) {
                    int level = near[b].sourceSet(x, y);
                    if (level == NOT_NEAR) {
                        continue;
                    }
                    if (set != NOT_NEAR || level < 0) {
                        // near two boundaries, or closer than one's refinements reach
                        return OWN_RULE;
                    }
                    set = b * levels + level;
                }
                return set;
            }
        };
    }

    /**
     * One boundary's refinements, or with several, (boundary b, refinement l) as set b L + l, L
     * the refinements of each: b's refined boundary and every other boundary's field sources, the
     * rule at a node near b alone. Several boundaries' sets are built anew at each call (each is
     * asked for once per evaluation).
     */
    @Override
    public int sourceSets() {
        return close.size() > MOST_WITH_SETS ? 0 : close.size() * close.get(0).sourceSets();
    }

    @Override
    public SourceTerms sourceSet(int index) {
        if (close.size() == 1) {
            return close.get(0).sourceSet(index);
        }
        int levels = close.get(0).sourceSets();
        int boundary = index / levels;
        List<SourceTerms> parts = new ArrayList<>();
        for (int b = 0; b < close.size(); b++) {
            parts.add(b == boundary ? close.get(b).sourceSet(index % levels) : sources.get(b));
        }
        return SourceTerms.concat(parts);
    }

    private Evaluator evaluator(boolean fast) {
        Evaluator[] near = new Evaluator[close.size()];
        for (int b = 0; b < near.length; b++) {
            near[b] = fast ? close.get(b).newFastEvaluator() : close.get(b).newEvaluator();
        }
        return summed(near, sources, k);
    }

    /**
     * One evaluator for several boundaries: at a node that some boundary's {@code near} evaluator
     * claims, those boundaries' close values plus the plain source sums of all the others; a node no
     * boundary claims is left to the kernel (false).
     */
    static Evaluator summed(Evaluator[] near, List<SourceTerms> sources, double k) {
        int count = near.length;
        SourceSum sum = new SourceSum(k);
        boolean[] claimed = new boolean[count];
        double[] part = new double[2];
        return (x, y, out) -> {
            double re = 0;
            double im = 0;
            boolean any = false;
            for (int b = 0; b < count; b++) {
                claimed[b] = near[b].scattered(x, y, part);
                if (claimed[b]) {
                    re += part[0];
                    im += part[1];
                    any = true;
                }
            }
            if (!any) {
                return false;
            }
            for (int b = 0; b < count; b++) {
                if (!claimed[b]) {
                    sum.at(sources.get(b), x, y, part);
                    re += part[0];
                    im += part[1];
                }
            }
            out[0] = re;
            out[1] = im;
            return true;
        };
    }
}
