package org.accord.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/** Concurrent simulated users, each driving documents through whole cycles one after the other. */
final class Load {

  record Result(long actions, long cycles, double seconds, Latencies positions) {
    double actionsPerSecond() {
      return actions / seconds;
    }

    double cyclesPerSecond() {
      return cycles / seconds;
    }
  }

  private Load() {}

  /** Warms up with {@code warmUpCycles} cycles per user (not measured), then measures {@code cyclesPerUser} per user. */
  static Result drive(Steps steps, String run, int users, int warmUpCycles, int cyclesPerUser) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(users);
    try {
      phase(pool, steps, run + "-W", users, warmUpCycles, new Latencies());
      Latencies positions = new Latencies();
      long started = System.nanoTime();
      long actions = phase(pool, steps, run, users, cyclesPerUser, positions);
      double seconds = (System.nanoTime() - started) / 1e9;
      return new Result(actions, (long) users * cyclesPerUser, seconds, positions);
    } finally {
      pool.shutdownNow();
    }
  }

  private static long phase(ExecutorService pool, Steps steps, String run, int users, int cycles, Latencies positions)
      throws Exception {
    AtomicLong actions = new AtomicLong();
    List<Future<?>> running = new ArrayList<>();
    for (int u = 0; u < users; u++) {
      int user = u;
      running.add(pool.submit(() -> {
        for (int c = 0; c < cycles; c++) {
          actions.addAndGet(Cycle.run(steps, run + "-" + user + "-" + c, positions));
        }
        return null;
      }));
    }
    for (Future<?> each : running) {
      each.get();
    }
    return actions.get();
  }
}
