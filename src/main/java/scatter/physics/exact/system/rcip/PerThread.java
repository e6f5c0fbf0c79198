package scatter.physics.exact.system.rcip;

import java.util.function.IntFunction;
import java.util.function.ToIntFunction;

/**
 * Work arrays kept per thread from call to call, made anew only when a call needs more room than the
 * thread's hold: an operator's rows come a few at a time from the threads (one at a time in the
 * corner recursion, 96 a level, dozens of levels), and arrays allocated per call were tens of MB a
 * solve, each fresh page of them a page fault. The caller writes every entry it reads.
 *
 * @param <T> the work arrays
 */
final class PerThread<T> {
    private final ThreadLocal<T> held = new ThreadLocal<>();
    private final IntFunction<T> make;
    private final ToIntFunction<T> room;

    /**
     * @param make work arrays for n nodes
     * @param room the nodes a thread's work arrays have room for
     */
    PerThread(IntFunction<T> make, ToIntFunction<T> room) {
        this.make = make;
        this.room = room;
    }

    /** This thread's work arrays, with room for at least n nodes. */
    T get(int n) {
        T t = held.get();
        if (t == null || room.applyAsInt(t) < n) {
            t = make.apply(n);
            held.set(t);
        }
        return t;
    }
}
