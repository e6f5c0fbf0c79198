package scatter.timing;

import java.lang.management.ManagementFactory;

/**
 * How long this process has run, for the timing log's {@code wall_seconds}.
 *
 * <p>Measured from the instant the JVM began to start, which the JVM takes from the system clock
 * to the millisecond ({@code RuntimeMXBean.getStartTime}), to now. Left out: the few milliseconds
 * of the {@code java} launcher before that, and the JVM's exit after the log is written; a
 * measurement from outside the process ({@code /usr/bin/time}, Slurm's elapsed time) is longer by
 * those. The process start time the operating system reports ({@code ProcessHandle}) is no use
 * here: Linux gives it in ticks since boot, and the boot time it is added to is rounded to whole
 * seconds, which made runs look up to a second longer than they were.
 */
public final class WallClock {
    private WallClock() {
    }

    /** Seconds since the JVM started. */
    public static double secondsSinceJvmStart() {
        long start = ManagementFactory.getRuntimeMXBean().getStartTime();
        return (System.currentTimeMillis() - start) * 1e-3;
    }
}
