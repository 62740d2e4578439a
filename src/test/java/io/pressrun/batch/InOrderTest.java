package io.pressrun.batch;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Work over a list on a pool: results in the list's order, and never more than a window of items at once. */
class InOrderTest {
    /** A pool that counts the items handed to it. */
    private static final class CountingPool extends ThreadPoolExecutor {
        final AtomicInteger submitted = new AtomicInteger();

        CountingPool(int threads) {
            super(threads, threads, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>());
        }

        @Override
        public void execute(Runnable command) {
            submitted.incrementAndGet();
            super.execute(command);
        }
    }

    private final CountingPool pool = new CountingPool(4);

    @AfterEach
    void stop() throws InterruptedException {
        pool.shutdownNow();
        assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS), "the pool's work ends");
    }

    private static List<Integer> upTo(int n) {
        return IntStream.range(0, n).boxed().toList();
    }

    @Test
    void resultsComeInTheListsOrderWithExactlyAWindowOfItemsHandedOutAhead() {
        int window = 3;
        List<Integer> items = upTo(10);
        List<String> results = new ArrayList<>();
        List<String> ahead = new ArrayList<>();
        InOrder.run(pool, window, items, i -> "r" + i, (i, e) -> "failed " + i, r -> {
            ahead.add(r + " with " + pool.submitted.get() + " handed out");
            results.add(r);
        });
        assertEquals(items.stream().map(i -> "r" + i).toList(), results);
        List<String> expected = new ArrayList<>();
        for (int k = 0; k < items.size(); k++) {
            expected.add("r" + k + " with " + Math.min(items.size(), k + window) + " handed out");
        }
        assertEquals(expected, ahead, "each result is handed on when the window ahead of it is full, and no fuller");
    }

    @Test
    void anItemWhoseWorkThrowsGetsTheFailureResultAndTheOthersGoOn() {
        List<String> results = new ArrayList<>();
        InOrder.run(pool, 2, upTo(4), i -> {
            if (i == 1) {
                throw new OutOfMemoryError("item one");
            }
            return "r" + i;
        }, (i, e) -> "failed " + i + ": " + e.getMessage(), results::add);
        assertEquals(List.of("r0", "failed 1: item one", "r2", "r3"), results);
    }

    @Test
    void whenTheSinkFailsTheItemsStillPendingAreCancelled() throws InterruptedException {
        CountDownLatch never = new CountDownLatch(1);
        AtomicInteger interrupted = new AtomicInteger();
        AtomicInteger finished = new AtomicInteger();
        var e = assertThrows(IllegalArgumentException.class, () -> InOrder.run(pool, 3, upTo(6), i -> {
            if (i > 0) {
                try {
                    never.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException x) {
                    interrupted.incrementAndGet();
                    return "interrupted";
                }
                // the latch opened and the cancellation's interrupt came while waiting: the wait may
                // end either way, and work that stops when interrupted looks at its flag too
                if (Thread.currentThread().isInterrupted()) {
                    interrupted.incrementAndGet();
                    return "interrupted";
                }
            }
            finished.incrementAndGet();
            return "r" + i;
        }, (i, x) -> "failed " + i, r -> {
            throw new IllegalArgumentException("the sink refuses " + r);
        }));
        assertEquals("the sink refuses r0", e.getMessage());
        never.countDown(); // an item not cancelled would now finish
        pool.shutdown();
        assertTrue(pool.awaitTermination(5, TimeUnit.SECONDS));
        assertEquals(1, finished.get(), "only the first item's work finished");
        assertEquals(3, pool.submitted.get(), "nothing is handed out after the failure");
        assertTrue(interrupted.get() <= 2, "at most the two pending items were running: " + interrupted.get());
    }

    @Test
    void anInterruptedCallerStopsThePendingItemsAndKeepsItsInterrupt() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger finished = new AtomicInteger();
        Thread.currentThread().interrupt();
        try {
            var e = assertThrows(IllegalStateException.class, () -> InOrder.run(pool, 3, upTo(5), i -> {
                try {
                    release.await(10, TimeUnit.SECONDS);
                    if (!Thread.currentThread().isInterrupted()) { // see above: a wait may end both ways
                        finished.incrementAndGet();
                    }
                } catch (InterruptedException x) {
                    Thread.currentThread().interrupt();
                }
                return "r" + i;
            }, (i, x) -> "failed " + i, r -> { }));
            assertEquals("build interrupted", e.getMessage());
            assertTrue(Thread.currentThread().isInterrupted(), "the caller is still marked interrupted");
        } finally {
            Thread.interrupted();
        }
        release.countDown(); // an item not cancelled would now finish
        pool.shutdown();
        assertTrue(pool.awaitTermination(5, TimeUnit.SECONDS));
        assertEquals(3, pool.submitted.get(), "nothing is handed out after the interrupt");
        assertEquals(1, finished.get(), "only the item being waited for, not the two behind it, finished");
    }
}
