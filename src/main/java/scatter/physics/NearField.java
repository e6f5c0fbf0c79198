package scatter.physics;

/**
 * The scattered field where the {@link SourceTerms} sum is not accurate enough: observers close to
 * the obstacle's boundary, where a model needs a finer rule than its sources give. The Kirchhoff
 * model has none; the exact model evaluates such observers against a refined boundary.
 */
public interface NearField {
    /** An evaluator with its own scratch space, for use by one thread at a time. */
    Evaluator newEvaluator();

    /** Evaluates observers near the boundary; see {@link NearField}. */
    interface Evaluator {
        /**
         * If the observer (x, y) needs the finer rule, stores the scattered field there in
         * {@code out[0]} (real part) and {@code out[1]} (imaginary part) and returns true; otherwise
         * returns false and leaves {@code out} alone.
         */
        boolean scattered(double x, double y, double[] out);
    }
}
