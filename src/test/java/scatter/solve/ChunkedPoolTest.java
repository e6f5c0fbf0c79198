package scatter.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

/** The pool with fake work instead of physics. */
class ChunkedPoolTest {

    @Test
    void everyIndexIsVisitedExactlyOnceInEitherOrder() throws InterruptedException {
        for (ChunkedPool.Order order : ChunkedPool.Order.values()) {
            for (int threads : new int[] {1, 2, 3, 8}) {
                for (int total : new int[] {1, 7, 64, 1000, 1023}) {
                    for (int chunk : new int[] {1, 5, 64, 5000}) {
                        AtomicIntegerArray visits = new AtomicIntegerArray(total);
                        try (ChunkedPool pool = new ChunkedPool(threads)) {
                            pool.run(total, chunk, order, () -> (from, to) -> {
                                for (int i = from; i < to; i++) {
                                    visits.incrementAndGet(i);
                                }
                            }, null);
                        }
                        for (int i = 0; i < total; i++) {
                            assertEquals(1, visits.get(i), order + ": index " + i + " of " + total + ", chunk " + chunk);
                        }
                    }
                }
            }
        }
    }

    @Test
    void oneRunAfterAnotherUsesTheSameThreads() throws InterruptedException {
        Set<Thread> first = ConcurrentHashMap.newKeySet();
        Set<Thread> later = ConcurrentHashMap.newKeySet();
        try (ChunkedPool pool = new ChunkedPool(2)) {
            // two chunks that wait for each other: both threads take part
            CyclicBarrier both = new CyclicBarrier(2);
            pool.run(2, 1, () -> (from, to) -> {
                first.add(Thread.currentThread());
                both.await(10, TimeUnit.SECONDS);
            }, null);
            for (int run = 0; run < 500; run++) {
                AtomicIntegerArray visits = new AtomicIntegerArray(37);
                pool.run(37, 3, () -> (from, to) -> {
                    later.add(Thread.currentThread());
                    for (int i = from; i < to; i++) {
                        visits.incrementAndGet(i);
                    }
                }, null);
                for (int i = 0; i < 37; i++) {
                    assertEquals(1, visits.get(i), "run " + run + ", index " + i);
                }
            }
        }
        assertTrue(first.size() == 2 && first.containsAll(later), "threads made after the first run: " + later);
        for (Thread t : first) {
            t.join(10_000);
            assertFalse(t.isAlive(), t.getName() + " outlived the closed pool");
        }
    }

    @Test
    void spreadSamplesTheWholeRangeFirst() {
        // 100 chunks: 100 / phi = 61.8 rounds to 62, which shares a factor with 100; so stride 61
        java.util.function.IntUnaryOperator seq = ChunkedPool.Order.SPREAD.sequence(100);
        assertEquals(List.of(0, 61, 22, 83, 44, 5), List.of(seq.applyAsInt(0), seq.applyAsInt(1),
                seq.applyAsInt(2), seq.applyAsInt(3), seq.applyAsInt(4), seq.applyAsInt(5)));
        for (int chunks = 1; chunks < 300; chunks++) {
            java.util.function.IntUnaryOperator s = ChunkedPool.Order.SPREAD.sequence(chunks);
            boolean[] seen = new boolean[chunks];
            for (int p = 0; p < chunks; p++) {
                int c = s.applyAsInt(p);
                assertTrue(c >= 0 && c < chunks && !seen[c], chunks + " chunks: " + c + " at " + p);
                seen[c] = true;
            }
        }
    }

    @Test
    void eachThreadKeepsItsOwnWorker() throws InterruptedException {
        ConcurrentHashMap<Thread, Object> workerOfThread = new ConcurrentHashMap<>();
        AtomicInteger created = new AtomicInteger();
        try (ChunkedPool pool = new ChunkedPool(3)) {
            pool.run(3000, 10, () -> {
                created.incrementAndGet();
                Object me = new Object();
                return (from, to) -> {
                    Object previous = workerOfThread.putIfAbsent(Thread.currentThread(), me);
                    assertTrue(previous == null || previous == me, "a thread used two workers");
                };
            }, null);
        }
        assertTrue(created.get() <= 3, "at most one worker per thread, made " + created.get());
    }

    @Test
    void progressCountsUpToTotal() throws InterruptedException {
        List<Integer> seen = Collections.synchronizedList(new ArrayList<>());
        Thread caller = Thread.currentThread();
        try (ChunkedPool pool = new ChunkedPool(2)) {
            // chunks of 30 ms: the progress is told while they run, not only at the end
            pool.run(100, 7, () -> (from, to) -> Thread.sleep(30), (done, total) -> {
                assertEquals(100, total);
                assertEquals(caller, Thread.currentThread());
                seen.add(done);
            });
        }
        assertTrue(seen.size() >= 2 && seen.size() <= 15, "told " + seen);
        assertEquals(100, seen.get(seen.size() - 1));
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i) > seen.get(i - 1));
        }
    }

    /**
     * An interrupt that reaches the caller while the last chunk's progress is told (Ctrl-C as the run
     * ends; a short run whose only report is its last) stops the run like one during it: the caller
     * gets InterruptedException, not a normal return after which the next step would start.
     */
    @Test
    void anInterruptDuringTheLastReportStopsTheRun() {
        AtomicInteger told = new AtomicInteger();
        try (ChunkedPool pool = new ChunkedPool(2)) {
            assertThrows(InterruptedException.class, () -> pool.run(10, 10, () -> (from, to) -> { }, (done, total) -> {
                told.incrementAndGet();
                if (done == total) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        assertFalse(Thread.interrupted(), "the interrupt is taken by the exception, not left set");
        assertEquals(1, told.get());
    }

    @Test
    void aFailingChunkFailsTheRunPromptlyWithItsCause() {
        IllegalStateException boom = new IllegalStateException("node 4242 went wrong");
        AtomicInteger chunksRun = new AtomicInteger();
        ChunkedPool.ChunkFailedException e;
        try (ChunkedPool pool = new ChunkedPool(2)) {
            e = assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
                    assertThrows(ChunkedPool.ChunkFailedException.class, () ->
                            pool.run(1_000_000, 10, () -> (from, to) -> {
                                chunksRun.incrementAndGet();
                                if (from == 4240) {
                                    throw boom;
                                }
                                Thread.sleep(1);
                            }, null)));
        }
        assertSame(boom, e.getCause());
        assertTrue(e.getMessage().contains("node 4242"));
        assertTrue(chunksRun.get() < 100_000, "the other chunks were cancelled, ran " + chunksRun.get());
    }

    @Test
    void noChunkRunsAfterAFailureAndThePoolServesTheNextRun() throws InterruptedException {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger started = new AtomicInteger();
        try (ChunkedPool pool = new ChunkedPool(4)) {
            assertThrows(ChunkedPool.ChunkFailedException.class, () ->
                    pool.run(100, 1, () -> (from, to) -> {
                        running.incrementAndGet();
                        started.incrementAndGet();
                        try {
                            if (from == 5) {
                                throw new RuntimeException("x");
                            }
                            // an uninterruptible chunk: the run must wait for it all the same
                            long end = System.nanoTime() + 20_000_000L;
                            while (System.nanoTime() < end) {
                                Thread.onSpinWait();
                            }
                        } finally {
                            running.decrementAndGet();
                        }
                    }, null));
            assertEquals(0, running.get(), "chunks still running when the run returned");
            assertTrue(started.get() < 100, "the chunks after the failure were cancelled, ran " + started.get());
            AtomicIntegerArray visits = new AtomicIntegerArray(50);
            pool.run(50, 2, () -> (from, to) -> {
                assertFalse(Thread.currentThread().isInterrupted(), "the failed run's interrupt leaked");
                for (int i = from; i < to; i++) {
                    visits.incrementAndGet(i);
                }
            }, null);
            for (int i = 0; i < 50; i++) {
                assertEquals(1, visits.get(i), "index " + i);
            }
        }
    }

    @Test
    void aClosedPoolRunsNothing() {
        ChunkedPool pool = new ChunkedPool(2);
        pool.close();
        assertThrows(IllegalStateException.class, () -> pool.run(10, 1, () -> (from, to) -> { }, null));
    }

    @Test
    void aChunkCannotRunItsOwnPool() throws InterruptedException {
        try (ChunkedPool pool = new ChunkedPool(2)) {
            ChunkedPool.ChunkFailedException e = assertThrows(ChunkedPool.ChunkFailedException.class, () ->
                    pool.run(4, 1, () -> (from, to) -> pool.run(2, 1, () -> (f, t) -> { }, null), null));
            assertTrue(e.getCause() instanceof IllegalStateException, e.toString());
        }
    }

    @Test
    void chunkSizeGivesManyChunksPerThreadWithinBounds() {
        ChunkedPool pool = new ChunkedPool(2); // made no threads: nothing to close
        int chunk = pool.chunkSize(16641, 16, 4096);
        assertTrue(16641 / chunk >= 64, "chunks: " + 16641 / chunk);
        assertEquals(16, pool.chunkSize(100, 16, 4096));
        assertEquals(4096, pool.chunkSize(100_000_000, 16, 4096));
    }
}
