package scatter.solve;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
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
 * <p>The pool makes its threads (daemons) at its first run and keeps them for every run after,
 * until its owner {@link #close() closes} it: a solve that runs thousands of short steps, such as
 * the exact model's LU, does not make threads for each. Runs from several threads at once are
 * allowed; a run from one of the pool's own threads is not (it would wait for itself).
 *
 * <p>Each thread taking part in a run gets its own {@link Worker} (scratch space is not shared).
 * If a chunk throws, the run stops at once: chunks not yet started are cancelled, the running ones
 * interrupted and waited for, and the failure is rethrown as {@link ChunkFailedException} with the
 * original cause. If the calling thread is interrupted, the workers are stopped the same way and
 * {@link InterruptedException} is thrown. Either way, when run returns no worker of it still
 * writes into the caller's arrays, and the pool is ready for the next run.
 */
public final class ChunkedPool implements AutoCloseable {
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

    /**
     * Told how many indices are done, on the calling thread: every {@value #PROGRESS_MILLIS} ms
     * while chunks complete, and once when all are done (indicesDone = total). Not after each
     * chunk: the calling thread woken for each of 16,000 chunks (the FMM's phases at 8192 x 8192
     * nodes) took a core's time from the workers on a machine with as many cores as workers
     * (docs/performance.md).
     */
    @FunctionalInterface
    public interface Progress {
        void chunkDone(int indicesDone, int total);
    }

    /** How often the calling thread tells {@link Progress} while a run goes on. */
    static final long PROGRESS_MILLIS = 100;

    /** How long to wait for workers to stop after an error or interrupt before giving up on them. */
    private static final long SHUTDOWN_WAIT_SECONDS = 10;
    /** Idle threads of a pool nobody closed end after this long (they are made again when needed). */
    private static final long IDLE_SECONDS = 30;

    private final int threads;
    /** The threads, made at the first run and kept until {@link #close()}; replaced if workers hang. */
    private ThreadPoolExecutor executor;
    private boolean closed;

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
     * out in {@code order}, and returns when all are done. Whatever way it returns, no worker of
     * this run is still running: after a failure or an interrupt the running chunks are interrupted
     * and waited for (up to {@value #SHUTDOWN_WAIT_SECONDS} s, after which their threads are given
     * up and the caller's interrupt status set), and the pool serves the next run. An interrupt of the
     * caller at any time before it returns, the last progress report included, ends it with
     * InterruptedException.
     *
     * @throws IllegalStateException if the pool was closed, or if called from one of its own threads
     */
    public void run(int total, int chunk, Order order, Supplier<? extends Worker> workers, Progress progress)
            throws InterruptedException {
        if (total < 0 || chunk < 1) {
            throw new IllegalArgumentException("total " + total + ", chunk " + chunk);
        }
        if (total == 0) {
            return;
        }
        int chunks = (int) ((total + (long) chunk - 1) / chunk);
        Run run = new Run(total, chunk, chunks, order.sequence(chunks), workers);
        ThreadPoolExecutor pool = executor();
        int tasks = Math.min(threads, chunks);
        for (int t = 0; t < tasks; t++) {
            pool.execute(run::work);
        }
        boolean finished = false;
        try {
            int reported = 0;
            while (!finished) {
                Object event = progress == null ? run.events.take()
                        : run.events.poll(PROGRESS_MILLIS, TimeUnit.MILLISECONDS);
                if (event instanceof Throwable failure) {
                    throw new ChunkFailedException(failure);
                }
                finished = event == Run.FINISHED;
                int done = finished ? total : run.done.get();
                if (progress != null && done > reported) {
                    reported = done;
                    progress.chunkDone(done, total);
                }
            }
            if (Thread.interrupted()) {
                // interrupted while the last chunk's progress was told: stopped like during the run
                throw new InterruptedException("interrupted as the run ended");
            }
        } finally {
            if (!finished && !run.stop(SHUTDOWN_WAIT_SECONDS)) {
                giveUp(pool);
            }
        }
    }

    /** Ends the pool's threads (waiting briefly for idle ones to go); the pool runs nothing after. */
    @Override
    public void close() {
        ThreadPoolExecutor pool;
        synchronized (this) {
            closed = true;
            pool = executor;
            executor = null;
        }
        if (pool != null) {
            pool.shutdownNow();
            try {
                pool.awaitTermination(SHUTDOWN_WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private synchronized ThreadPoolExecutor executor() {
        if (closed) {
            throw new IllegalStateException("the pool was closed");
        }
        if (executor == null) {
            executor = new ThreadPoolExecutor(threads, threads, IDLE_SECONDS, TimeUnit.SECONDS,
                    new LinkedBlockingQueue<>(), new WorkerThreads(this));
            executor.allowCoreThreadTimeOut(true);
        }
        if (Thread.currentThread() instanceof WorkerThread w && w.owner == this) {
            // its chunks would wait for the thread that waits for them
            throw new IllegalStateException("a chunk ran its own pool");
        }
        return executor;
    }

    /** Workers that did not stop: their threads are left to finish (they are daemons) and new ones made. */
    private void giveUp(ThreadPoolExecutor pool) {
        synchronized (this) {
            if (executor == pool) {
                executor = null;
            }
        }
        pool.shutdownNow();
        Thread.currentThread().interrupt();
    }

    /**
     * One call of run: its {@code threads} tasks take chunks in turn until none is left, and tell
     * the caller of each chunk done, or of the first failure, through {@link #events}.
     */
    private static final class Run {
        private final int total;
        private final int chunk;
        private final int chunks;
        private final IntUnaryOperator sequence;
        private final Supplier<? extends Worker> workers;
        /** The event that all chunks are done. */
        static final Object FINISHED = new Object();
        private final AtomicInteger next = new AtomicInteger();
        /** Indices done. */
        final AtomicInteger done = new AtomicInteger();
        /** {@link #FINISHED}, once, or what a chunk threw (Throwable). */
        final BlockingQueue<Object> events = new LinkedBlockingQueue<>();
        /** The threads running a task of this run now; guarded by itself. */
        private final Set<Thread> running = new HashSet<>();
        private volatile boolean stopped;

        Run(int total, int chunk, int chunks, IntUnaryOperator sequence, Supplier<? extends Worker> workers) {
            this.total = total;
            this.chunk = chunk;
            this.chunks = chunks;
            this.sequence = sequence;
            this.workers = workers;
        }

        /** One task: chunks until none is left or the run stops. */
        void work() {
            Thread me = Thread.currentThread();
            synchronized (running) {
                if (stopped) {
                    return;
                }
                running.add(me);
            }
            try {
                Worker worker = null;
                while (!stopped) {
                    int position = next.getAndIncrement();
                    if (position >= chunks) {
                        break;
                    }
                    int from = sequence.applyAsInt(position) * chunk;
                    int to = (int) Math.min(total, (long) from + chunk);
                    if (worker == null) {
                        worker = workers.get();
                    }
                    worker.run(from, to);
                    if (done.addAndGet(to - from) == total) {
                        events.add(FINISHED);
                    }
                }
            } catch (Throwable failure) {
                if (!stopped) {
                    events.add(failure);
                }
            } finally {
                synchronized (running) {
                    running.remove(me);
                    // an interrupt sent by stop() belongs to this run, not to the thread's next task
                    Thread.interrupted();
                    running.notifyAll();
                }
            }
        }

        /**
         * Stops the run: no chunk starts after this, the running ones are interrupted and waited
         * for. Waits even if the caller is interrupted (and keeps its interrupt status).
         *
         * @return false if some were still running after {@code seconds}
         */
        boolean stop(long seconds) {
            boolean interrupted = false;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            synchronized (running) {
                stopped = true;
                for (Thread t : running) {
                    t.interrupt();
                }
                while (!running.isEmpty()) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        break;
                    }
                    try {
                        TimeUnit.NANOSECONDS.timedWait(running, left);
                    } catch (InterruptedException e) {
                        interrupted = true;
                    }
                }
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
                return running.isEmpty();
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

    /** A thread of one pool (so that a run from it on the same pool can be refused). */
    private static final class WorkerThread extends Thread {
        final ChunkedPool owner;

        WorkerThread(ChunkedPool owner, Runnable r, String name) {
            super(r, name);
            this.owner = owner;
        }
    }

    private static final class WorkerThreads implements ThreadFactory {
        private static final AtomicInteger POOLS = new AtomicInteger();
        private final ChunkedPool owner;
        private final int pool = POOLS.incrementAndGet();
        private final AtomicInteger count = new AtomicInteger();

        WorkerThreads(ChunkedPool owner) {
            this.owner = owner;
        }

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new WorkerThread(owner, r, "scatter-" + pool + "-worker-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }
}
