package scatter.physics;

/**
 * The scattered field where the {@link SourceTerms} sum is not accurate enough: observers close to
 * the obstacle's boundary, where a model needs a finer rule than its sources give. The Kirchhoff
 * model has none; the exact model evaluates such observers against a refined boundary.
 *
 * <p>For a fast evaluation of the sums (the fast multipole method, {@code --fmm}) a model may
 * state that its rule at some observers is itself a plain sum of the kernel's form over one of a
 * few further source sets ({@link #sourceSets()}, {@link #sourceSet(int)}): the caller then
 * evaluates each such set's sum at its observers as it evaluates the main one, and asks
 * {@link Evaluator#sourceSet} which set an observer needs. {@link #newFastEvaluator()} gives an
 * evaluator for such a run, whose own rule may differ from {@link #newEvaluator()}'s within the
 * fast evaluation's tolerance (the direct sum stays as it is, bit for bit).
 */
public interface NearField {
    /** An evaluator with its own scratch space, for use by one thread at a time. */
    Evaluator newEvaluator();

    /**
     * An evaluator for a fast evaluation of the sums: its {@link Evaluator#sourceSet} sends
     * observers to {@link #sourceSet(int)}; by default the same as {@link #newEvaluator()}.
     */
    default Evaluator newFastEvaluator() {
        return newEvaluator();
    }

    /** How many further source sets {@link Evaluator#sourceSet} may name (none by default). */
    default int sourceSets() {
        return 0;
    }

    /** Source set {@code index} (0 &lt;= index &lt; {@link #sourceSets()}): its plain sum is the rule at its observers. */
    default SourceTerms sourceSet(int index) {
        throw new IndexOutOfBoundsException("no source set " + index);
    }

    /** Evaluates observers near the boundary; see {@link NearField}. */
    interface Evaluator {
        /** {@link #sourceSet}: the observer is not near, the plain sum over the main sources holds. */
        int NOT_NEAR = -1;
        /** {@link #sourceSet}: the observer is near and needs {@link #scattered} itself. */
        int OWN_RULE = -2;

        /**
         * If the observer (x, y) needs the finer rule, stores the scattered field there in
         * {@code out[0]} (real part) and {@code out[1]} (imaginary part) and returns true; otherwise
         * returns false and leaves {@code out} alone.
         */
        boolean scattered(double x, double y, double[] out);

        /**
         * Which sum the observer (x, y) needs: {@link #NOT_NEAR}, {@link #OWN_RULE} (then
         * {@link #scattered} says whether it is near and gives its value), or the index of the
         * {@link NearField#sourceSet(int)} whose plain sum is the rule there. By default
         * {@link #OWN_RULE}: every observer goes through {@link #scattered}.
         */
        default int sourceSet(double x, double y) {
            return OWN_RULE;
        }
    }
}
