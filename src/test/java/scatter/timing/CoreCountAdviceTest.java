package scatter.timing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CoreCountAdviceTest {
    /** The default case (16641 nodes, 1450 inside, 128 segments) after {@code seconds} on {@code threads}. */
    private static CoreCountAdvice.Run lesson(double seconds, int threads) {
        return new CoreCountAdvice.Run(seconds, threads, 128, 128, 128, 16641, 1450, 128, true, 80e6);
    }

    @Test
    void aLongEnoughRunNeedsNoAdvice() {
        assertEquals(Optional.empty(), CoreCountAdvice.of(lesson(2.5, 2)));
    }

    @Test
    void aShortRunGetsASizeThatTakesHalfAMinuteOnOneThread() {
        // scale f with (128 f + 1)^2 (15191/16641) 128 f / 8e7 = 30 s: 128 f = 1380, up to 1408 = 11 x 128;
        // then 1409^2 (15191/16641) 1408 / 8e7 = 31.9 s
        assertEquals(Optional.of("compute took 0.20 s: too short to compare core counts; "
                + "-nx 1408 -ny 1408 -nc 1408 would take about 32 s on 1 thread"),
                CoreCountAdvice.of(lesson(0.2, 2)));
    }

    @Test
    void manyCoresGetEnoughWorkEachWithinATenMinuteJobOnOne() {
        // 36 threads: 10 s each, 360 s on one: (128 f)^3 (15191/16641) / 8e7 = 360 gives 128 f = 3160,
        // up to 3200; then 3201^2 (15191/16641) 3200 / 8e7 = 374 s
        String advice = CoreCountAdvice.of(lesson(1.4, 36)).orElseThrow();
        double oneThread = 3201.0 * 3201.0 * (15191.0 / 16641) * 3200 / 8e7;
        assertEquals(String.format(java.util.Locale.ROOT, "compute took 1.40 s: too short to compare core counts; "
                + "-nx 3200 -ny 3200 -nc 3200 would take about %.0f s on 1 thread (about %.0f s on 36)",
                oneThread, oneThread / 36), advice);
        assertEquals(480, CoreCountAdvice.targetSeconds(100), "never more than a 10-minute job on one core");
    }

    @Test
    void sourcesThatDoNotFollowNcLeaveNcAsItIs() {
        CoreCountAdvice.Run exact = new CoreCountAdvice.Run(0.5, 1, 128, 128, 128, 16641, 1452, 512, false, 80e6);
        // (128 f + 1)^2 (15189/16641) 512 / 8e7 = 30 s: 128 f = 2265, up to 2304
        assertEquals(Optional.of("compute took 0.50 s: too short to compare core counts; "
                + "-nx 2304 -ny 2304 would take about 31 s on 1 thread"), CoreCountAdvice.of(exact));
    }

    @Test
    void withoutAThroughputItStillSaysSo() {
        CoreCountAdvice.Run unknown = new CoreCountAdvice.Run(0.1, 1, 8, 8, 16, 81, 81, 16, true, 0);
        assertEquals(Optional.of("compute took 0.10 s: too short to compare core counts; "
                + "give it a larger grid or more segments"), CoreCountAdvice.of(unknown));
    }
}
