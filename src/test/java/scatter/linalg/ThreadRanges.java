package scatter.linalg;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@link ParallelRows} on a real pool of threads, in ranges of uneven sizes (1, 2, 3, ... cycling
 * with the thread count), so that a result which depended on the split would show it.
 */
public final class ThreadRanges implements ParallelRows, AutoCloseable {
    private final ExecutorService pool;
    private final int threads;

    public ThreadRanges(int threads) {
        this.threads = threads;
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r);
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void forRows(int count, Range range) throws InterruptedException {
        List<Future<?>> futures = new ArrayList<>();
        int size = 1;
        for (int from = 0; from < count; ) {
            int to = Math.min(count, from + size);
            int f = from;
            futures.add(pool.submit(() -> {
                range.run(f, to);
                return null;
            }));
            from = to;
            size = size % (threads + 2) + 1;
        }
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
