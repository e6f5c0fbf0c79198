package scatter.timing;

import scatter.solve.FieldSolver;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import scatter.geometry.Grid;
import scatter.physics.Field;
import scatter.solve.Problem;

/** The sweep with a fake workload and clock, and once with the real solver on a small problem. */
class ScalingSweepTest {
    @Test
    void threadCountsArePowersOfTwoThenTheMaximum() {
        assertEquals(List.of(1), ScalingSweep.threadCounts(1));
        assertEquals(List.of(1, 2), ScalingSweep.threadCounts(2));
        assertEquals(List.of(1, 2, 3), ScalingSweep.threadCounts(3));
        assertEquals(List.of(1, 2, 4, 6), ScalingSweep.threadCounts(6));
        assertEquals(List.of(1, 2, 4, 8), ScalingSweep.threadCounts(8));
        assertEquals(11, ScalingSweep.threadCounts(1024).size());
        assertThrows(IllegalArgumentException.class, () -> ScalingSweep.threadCounts(0));
    }

    /** A fake solve that "takes" 12 / threads seconds on the fake clock and records the call order. */
    private static final class FakeWork implements ScalingSweep.Workload {
        final AtomicLong clock = new AtomicLong();
        final List<Integer> calls = new ArrayList<>();
        double checksumOnThree = 5.0;

        @Override
        public Field solve(int threads) {
            calls.add(threads);
            clock.addAndGet(12_000_000_000L / threads);
            Field f = new Field(new Grid(1, 1, 0, 1, 0, 1));
            f.scatteredRe()[0] = threads == 3 ? checksumOnThree : 5.0; // checksum 25 normally
            f.scatteredRe()[0] = Math.sqrt(f.scatteredRe()[0]);
            f.inside()[3] = 1;
            return f;
        }
    }

    @Test
    void warmUpsAtTheLargestCountThenInterleavedRounds() throws InterruptedException {
        FakeWork work = new FakeWork();
        List<String> told = new ArrayList<>();
        ScalingSweep.Result r = new ScalingSweep(work, work.clock::get).run(List.of(1, 2, 4), 2, 3,
                (threads, rep, repeat, seconds) -> told.add(threads + "/" + rep + "/" + repeat + "/" + seconds));
        assertEquals(List.of(4, 4, 1, 2, 4, 1, 2, 4, 1, 2, 4), work.calls);
        assertEquals(Map.of(1, List.of(12.0, 12.0, 12.0), 2, List.of(6.0, 6.0, 6.0), 4, List.of(3.0, 3.0, 3.0)),
                r.seconds());
        assertEquals(List.of("4/0/3/3.0", "4/0/3/3.0", "1/1/3/12.0", "2/1/3/6.0", "4/1/3/3.0"), told.subList(0, 5));
        assertEquals(11, told.size());
        assertEquals(Math.sqrt(5.0) * Math.sqrt(5.0), r.checksum());
        assertEquals(1, r.insideNodes());
        assertEquals(4, r.nodes());
    }

    @Test
    void aResultThatDependsOnTheThreadCountIsABug() {
        FakeWork work = new FakeWork();
        work.checksumOnThree = 5.000001;
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new ScalingSweep(work, work.clock::get).run(List.of(1, 3), 0, 1, null));
        assertTrue(e.getMessage().contains("on 1 threads") && e.getMessage().contains("on 3"), e.getMessage());
    }

    @Test
    void badArgumentsAreRefused() {
        FakeWork work = new FakeWork();
        ScalingSweep sweep = new ScalingSweep(work, work.clock::get);
        assertThrows(IllegalArgumentException.class, () -> sweep.run(List.of(), 0, 1, null));
        assertThrows(IllegalArgumentException.class, () -> sweep.run(List.of(1, 1), 0, 1, null));
        assertThrows(IllegalArgumentException.class, () -> sweep.run(List.of(0), 0, 1, null));
        assertThrows(IllegalArgumentException.class, () -> sweep.run(List.of(1), 0, 0, null));
        assertThrows(IllegalArgumentException.class, () -> sweep.run(List.of(1), -1, 1, null));
    }

    @Test
    void realSolverOnASmallProblemGivesOneTimePerRunAndTheSameChecksum() throws InterruptedException {
        Problem small = new Problem(0.5, 24, 20, 40, Problem.DEFAULT_XC, Problem.DEFAULT_YC);
        ScalingSweep.Result r = ScalingSweep.of(small.prepare()).run(List.of(1, 2, 3), 1, 2, null);
        for (int t : List.of(1, 2, 3)) {
            assertEquals(2, r.seconds().get(t).size());
            assertTrue(r.seconds().get(t).stream().allMatch(s -> s > 0));
        }
        Field direct = new FieldSolver(1).solve(small.prepare(), null);
        assertEquals(direct.checksum(), r.checksum());
        assertEquals(direct.insideCount(), r.insideNodes());
        assertEquals(25 * 21, r.nodes());
    }
}
