package io.pressrun.batch;

import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs work on a pool over a list, handing each result on in the list's order as soon as it
 * and every earlier one are done. At most {@code window} items are queued or running at once,
 * so what waits is bounded however long the list is: a batch of any size holds no more than a
 * window of results and one item per worker in progress.
 */
final class InOrder {
    private InOrder() {
    }

    /**
     * @param onFailure the result for an item whose work threw (an error the work could not
     *                  turn into a result itself, such as running out of memory while doing so)
     * @param sink      receives every result, in order, on the calling thread
     */
    static <A, B> void run(ExecutorService pool, int window, List<A> items, Function<A, B> work,
                           BiFunction<A, Throwable, B> onFailure, Consumer<B> sink) {
        ArrayDeque<Future<B>> pending = new ArrayDeque<>(window);
        int submitted = 0;
        int handed = 0;
        try {
            while (handed < items.size()) {
                while (submitted < items.size() && pending.size() < window) {
                    A item = items.get(submitted++);
                    pending.add(pool.submit(() -> work.apply(item)));
                }
                Future<B> next = pending.poll();
                A item = items.get(handed++);
                B result;
                try {
                    result = next.get();
                } catch (ExecutionException e) {
                    result = onFailure.apply(item, e.getCause() == null ? e : e.getCause());
                }
                sink.accept(result);
            }
        } catch (InterruptedException e) {
            pending.forEach(f -> f.cancel(true));
            Thread.currentThread().interrupt();
            throw new IllegalStateException("build interrupted", e);
        } catch (RuntimeException | Error e) {
            pending.forEach(f -> f.cancel(true));
            throw e;
        }
    }
}
