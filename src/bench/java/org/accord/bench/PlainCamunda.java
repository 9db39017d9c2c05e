package org.accord.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.accord.bench.plain.PlainCamundaApplication;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * W0: a plain Camunda application doing the approval's steps through TaskService: start, 28 parallel user tasks
 * completed one by one, one approval. Every start and every completion is one transaction.
 */
final class PlainCamunda {

  static final List<String> DELEGATIONS = List.of("af", "az", "bh", "bd", "kh", "cn", "eg", "in", "ir", "iq", "il",
      "jo", "kz", "kw", "kg", "mn", "pk", "ps", "qa", "kr", "ru", "lk", "tj", "th", "tr", "ae", "uz", "vn").stream()
      .map(code -> "delegation-" + code).toList();

  private PlainCamunda() {}

  static void run(BenchDatabases.Database database, int threads, int warmUpCycles, int cyclesPerThread,
      Figures figures) throws Exception {
    try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PlainCamundaApplication.class)
        .properties(
            "spring.config.name=bench-plain-camunda",
            "spring.main.web-application-type=none",
            "spring.main.banner-mode=off",
            "spring.flyway.enabled=false",
            // a plain engine: no REST API, no webapps (their starters are on Accord's classpath)
            "spring.autoconfigure.exclude="
                + "org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration,"
                + "org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration",
            "spring.datasource.url=" + database.url(),
            "spring.datasource.username=" + database.user(),
            "spring.datasource.password=" + database.password(),
            // the same pool size as Accord on PostgreSQL, so that neither waits for connections the other has
            "spring.datasource.hikari.maximum-pool-size=20",
            "camunda.bpm.process-engine-name=plain",
            "camunda.bpm.history-level=full",
            "camunda.bpm.database.schema-update=true",
            "camunda.bpm.deployment-resource-pattern=classpath*:bench/plain-approval.bpmn",
            "logging.level.org.camunda=warn",
            "logging.level.org.springframework=warn")
        .run()) {
      RuntimeService runtime = context.getBean(RuntimeService.class);
      TaskService tasks = context.getBean(TaskService.class);
      Callable<Long> cycle = () -> {
        long transactions = 0;
        String instance = runtime.startProcessInstanceByKey("plainApproval", Map.of("delegations", DELEGATIONS)).getId();
        transactions++;
        for (Task task : tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey("Task_GivePosition").list()) {
          tasks.complete(task.getId(), Map.of("position", "NO_OBJECTION"));
          transactions++;
        }
        Task approval = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey("Task_Approve").singleResult();
        tasks.complete(approval.getId(), Map.of("approved", true));
        transactions++;
        return transactions;
      };
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        repeat(pool, threads, warmUpCycles, cycle);
        long started = System.nanoTime();
        long transactions = repeat(pool, threads, cyclesPerThread, cycle);
        double seconds = (System.nanoTime() - started) / 1e9;
        figures.add("w0.transactions_per_s", transactions / seconds, "tx/s");
        figures.add("w0.cycles_per_s", threads * cyclesPerThread / seconds, "cycles/s");
        figures.fact("w0.transactions", transactions);
      } finally {
        pool.shutdownNow();
      }
    }
  }

  private static long repeat(ExecutorService pool, int threads, int cycles, Callable<Long> cycle) throws Exception {
    AtomicLong done = new AtomicLong();
    List<Future<?>> running = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      running.add(pool.submit(() -> {
        for (int c = 0; c < cycles; c++) {
          done.addAndGet(cycle.call());
        }
        return null;
      }));
    }
    for (Future<?> each : running) {
      each.get();
    }
    return done.get();
  }
}
