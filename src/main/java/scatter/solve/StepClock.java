package scatter.solve;

import java.util.function.Supplier;

/**
 * Told of each step of a field solve by the fast multipole method (the field's arrays, the first
 * pass, the plan, each phase of the evaluation) as it starts and ends on the calling thread, and
 * given each step's workers to wrap, so that a benchmark can time the steps and each thread's
 * share of them ({@code scatter.bench.FmmPhases}, docs/performance.md). {@link #NONE} does nothing:
 * the solver's results never depend on the clock.
 */
public interface StepClock {
    /** The step {@code name} starts. */
    void start(String name);

    /** The step started last ends. */
    void stop();

    /** The workers of the running step (the same workers, or ones that run them and time them). */
    Supplier<? extends ChunkedPool.Worker> workers(Supplier<? extends ChunkedPool.Worker> workers);

    /** A clock that is told nothing. */
    StepClock NONE = new StepClock() {
        @Override
        public void start(String name) {
        }

        @Override
        public void stop() {
        }

        @Override
        public Supplier<? extends ChunkedPool.Worker> workers(Supplier<? extends ChunkedPool.Worker> workers) {
            return workers;
        }
    };
}
