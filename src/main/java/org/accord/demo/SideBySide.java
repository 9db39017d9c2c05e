package org.accord.demo;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the stories of independent documents side by side, as the SWG negotiates them: each
 * document's steps stay in their order, but no document waits for another's. Every step is its own
 * transaction on its own document, so the stories do not get in each other's way, and the cores
 * share the load.
 */
final class SideBySide {

  private static final int MOST_THREADS = 4;

  private SideBySide() {}

  /**
   * Runs the stories and waits for all of them, then throws the first failure. A failed story does
   * not interrupt the others: an interrupt in the middle of a write can close H2's file.
   */
  static void run(Runnable... stories) {
    int cores = Runtime.getRuntime().availableProcessors();
    int threads = Math.min(stories.length, Math.max(2, Math.min(MOST_THREADS, cores)));
    AtomicInteger number = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads, story -> {
      Thread thread = new Thread(story, "accord-demo-" + number.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<Future<?>> running = Arrays.stream(stories).<Future<?>>map(pool::submit).toList();
      RuntimeException firstFailure = null;
      for (Future<?> story : running) {
        RuntimeException failure = failureOf(story);
        if (firstFailure == null) {
          firstFailure = failure;
        } else if (failure != null) {
          firstFailure.addSuppressed(failure);
        }
      }
      if (firstFailure != null) {
        throw firstFailure;
      }
    } finally {
      pool.shutdown();
    }
  }

  private static RuntimeException failureOf(Future<?> story) {
    try {
      story.get();
      return null;
    } catch (ExecutionException e) {
      return e.getCause() instanceof RuntimeException failure
          ? failure : new IllegalStateException("A demo story failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new IllegalStateException("Interrupted while loading the demo", e);
    }
  }
}
