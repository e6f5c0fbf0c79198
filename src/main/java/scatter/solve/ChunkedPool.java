package scatter.solve;

import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;
import java.util.function.Supplier;

/**
 * Runs work over the index range [0, total) on a fixed pool of threads, as chunks of consecutive
 * indices. There are many more chunks than threads so that cheap and expensive indices (nodes
 * inside the obstacle cost almost nothing) even out: a thread that finishes a chunk takes the next.
 * Chunks are handed out in index order or, with {@link Order#SPREAD}, spread over the whole range
 * from the start; either way each index is in exactly one chunk.
 *
 * <p>Each pool thread gets its own {@link Worker} (scratch space is not shared). The pool is shut
 * down on every path. If a chunk throws, the run stops at once: chunks not yet started are
 * cancelled and the failure is rethrown as {@link ChunkFailedException} with the original cause.
 * If the calling thread is interrupted, the workers are interrupted too and
 * {@link InterruptedException} is thrown.
 */
public final class ChunkedPool {
    /** What one thread does with a chunk [from, to). */
    @FunctionalInterface
    public interface Worker {
        void run(int from, int to) throws Exception;
    }

    /** The order in which chunks are handed out. */
    public enum Order {
        /** Chunk 0, 1, 2, ... */
        INDEX,
        /**
         * Chunks spread over the whole range from the start: chunk (p s) mod C at position p, C
         * chunks, with the stride s the integer nearest to C / phi (phi the golden ratio) that is
         * coprime to C, so that every chunk comes exactly once and the first few already sample
         * every part of the range (the golden-ratio sequence is the most evenly spread of its kind).
         */
        SPREAD;

        /** The chunk handed out at each position, for {@code chunks} chunks. */
        IntUnaryOperator sequence(int chunks) {
            if (this == INDEX) {
                return position -> position;
            }
            int stride = Math.max(1, (int) Math.round(chunks * 0.6180339887498949));
            while (stride > 1 && gcd(stride, chunks) != 1) {
                stride--;
            }
            long step = stride;
            return position -> (int) (position * step % chunks);
        }

        private static int gcd(int a, int b) {
            return b == 0 ? a : gcd(b, a % b);
        }
    }

    /** Told after each completed chunk, on the calling thread. */
    @FunctionalInterface
    public interface Progress {
        void chunkDone(int indicesDone, int total);
    }

    /** How long to wait for workers to stop after an error or interrupt before giving up on them. */
    private static final long SHUTDOWN_WAIT_SECONDS = 10;

    private final int threads;

    public ChunkedPool(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be positive: " + threads);
        }
        this.threads = threads;
    }

    public int threads() {
        return threads;
    }

    /**
     * A chunk size that gives every thread many chunks (about 64) so the load balances, without
     * chunks so small that handing them out costs more than computing them.
     *
     * @param total number of indices
     * @param minChunk smallest sensible chunk (cheap work needs larger chunks)
     * @param maxChunk largest chunk, so that progress and cancellation stay responsive
     */
    public int chunkSize(int total, int minChunk, int maxChunk) {
        long perChunk = (long) total / (64L * threads);
        return (int) Math.max(1, Math.max(minChunk, Math.min(maxChunk, perChunk)));
    }

    /**
     * Runs {@code worker.run(from, to)} over [0, total) in chunks of {@code chunk} indices, in index
     * order, and returns when all are done.
     */
    public void run(int total, int chunk, Supplier<? extends Worker> workers, Progress progress)
            throws InterruptedException {
        run(total, chunk, Order.INDEX, workers, progress);
    }

    /**
     * Runs {@code worker.run(from, to)} over [0, total) in chunks of {@code chunk} indices, handed
     * out in {@code order}, and returns when all are done.
     */
    public void run(int total, int chunk, Order order, Supplier<? extends Worker> workers, Progress progress)
            throws InterruptedException {
        if (total < 0 || chunk < 1) {
            throw new IllegalArgumentException("total " + total + ", chunk " + chunk);
        }
        if (total == 0) {
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, new WorkerThreads());
        try {
            ThreadLocal<Worker> perThread = ThreadLocal.withInitial(workers);
            CompletionService<Integer> done = new ExecutorCompletionService<>(pool);
            int chunks = (int) ((total + (long) chunk - 1) / chunk);
            IntUnaryOperator sequence = order.sequence(chunks);
            for (int position = 0; position < chunks; position++) {
                int from = sequence.applyAsInt(position) * chunk;
                int to = (int) Math.min(total, (long) from + chunk);
                done.submit(() -> {
                    perThread.get().run(from, to);
                    return to - from;
                });
            }
            int finished = 0;
            for (int c = 0; c < chunks; c++) {
                Future<Integer> f = done.take();
                try {
                    finished += f.get();
                } catch (ExecutionException e) {
                    throw new ChunkFailedException(e.getCause());
                }
                if (progress != null) {
                    progress.chunkDone(finished, total);
                }
            }
        } finally {
            pool.shutdownNow();
            if (!pool.awaitTermination(SHUTDOWN_WAIT_SECONDS, TimeUnit.SECONDS)) {
                // workers are daemon threads: they cannot keep the JVM alive
                Thread.currentThread().interrupt();
            }
        }
    }

    /** A chunk failed; the cause is what the worker threw. */
    public static final class ChunkFailedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ChunkFailedException(Throwable cause) {
            super(cause.getMessage() == null ? cause.toString() : cause.getMessage(), cause);
        }
    }

    private static final class WorkerThreads implements ThreadFactory {
        private static final AtomicInteger POOLS = new AtomicInteger();
        private final int pool = POOLS.incrementAndGet();
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "scatter-" + pool + "-worker-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }
}
