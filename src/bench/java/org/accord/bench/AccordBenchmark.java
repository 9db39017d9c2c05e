package org.accord.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Accord's benchmark (README, "Performance"), run by {@code ./mvnw -Pbench verify} only: W4 (start of the packaged
 * jar), W1 (approvals through HTTP, with the jar's memory), W1×2 (the same on two nodes sharing the database), W0 (a plain Camunda application), W1e (the same approvals
 * through Accord's services), W2 (the task list) and W3 (the dashboard's figures), each on a fresh PostgreSQL
 * database. Prints {@code BENCH <name> <value> <unit>} lines and writes target/bench/results.json.
 */
class AccordBenchmark {

  private final Figures figures = new Figures();
  private final Path out = Path.of(System.getProperty("bench.jar.dir", "target")).resolve("bench");

  private final Set<String> workloads = Set.of(Scale.text("bench.workloads", "w4,w1,w1x2,w0,w1e,w2,w3").split(","));
  private final int users = Scale.integer("bench.w1.users", 16);
  private final int warmUpCycles = Scale.integer("bench.w1.warmup-cycles", 1);
  private final int cyclesPerUser = Scale.integer("bench.w1.cycles", 3);
  private final int w0CyclesPerThread = Scale.integer("bench.w0.cycles", 3);
  private final int small = Scale.integer("bench.w2.small", 100);
  private final int large = Scale.integer("bench.w2.large", 10_000);
  private final int w2Samples = Scale.integer("bench.w2.samples", 200);
  private final int adopted = Scale.integer("bench.w3.adopted", 20_000);
  private final int w3Samples = Scale.integer("bench.w3.samples", 40);
  private JarLaunch production;

  @Test
  void measure() throws Exception {
    long started = System.nanoTime();
    Files.createDirectories(out);
    BenchDatabases server = BenchDatabases.find();
    List<BenchDatabases.Database> databases = new ArrayList<>();
    facts(server);
    try {
      if (workloads.contains("w4")) {
        embeddedStart();
      }
      if (workloads.contains("w1")) {
        approvalsThroughHttp(server, databases);
      }
      if (workloads.contains("w1x2")) {
        approvalsOnTwoNodes(server, databases);
      }
      if (workloads.contains("w0")) {
        BenchDatabases.Database database = server.create("w0");
        databases.add(database);
        PlainCamunda.run(database, users, warmUpCycles, w0CyclesPerThread, figures);
      }
      if (workloads.contains("w1e") || workloads.contains("w2") || workloads.contains("w3")) {
        BenchDatabases.Database database = server.create("accord");
        databases.add(database);
        try (InProcessAccord accord = new InProcessAccord(database)) {
          if (workloads.contains("w1e")) {
            approvalsThroughServices(accord);
          }
          if (workloads.contains("w2")) {
            taskList(accord);
          }
          if (workloads.contains("w3")) {
            dashboards(accord);
          }
        }
      }
      ratios();
    } finally {
      for (BenchDatabases.Database database : databases) {
        server.drop(database);
      }
      figures.add("run.duration_s", (System.nanoTime() - started) / 1e9, "s");
      figures.write(out.resolve("results.json"));
    }
  }

  /**
   * W4: the packaged jar with its defaults (embedded H2, demo data loaded on this first start), in a fresh folder:
   * as built, then as the README's production start runs it (extracted, with its class data sharing archive); then
   * the production start once more in the second folder, as every later start of an installation is.
   */
  private void embeddedStart() throws Exception {
    for (JarLaunch how : List.of(JarLaunch.asBuilt(), production())) {
      Path folder = out.resolve("w4-embedded-" + how.name());
      deleteRecursively(folder);
      try (AccordProcess accord = AccordProcess.launch(how, folder, Map.of(),
          out.resolve("w4-embedded-" + how.name() + ".log"))) {
        figures.add("w4.ready_embedded" + suffix(how) + "_s", accord.awaitReady(Duration.ofMinutes(5)), "s");
      }
    }
    // a later start of the same installation: its forum seeded, the demo loaded
    try (AccordProcess accord = AccordProcess.launch(production(), out.resolve("w4-embedded-cds"), Map.of(),
        out.resolve("w4-embedded-cds-restart.log"))) {
      figures.add("w4.ready_embedded_restart_cds_s", accord.awaitReady(Duration.ofMinutes(5)), "s");
    }
  }

  /** The README's production start, prepared once per run: the extraction and the training run are not timed in W4. */
  private JarLaunch production() throws IOException, InterruptedException {
    if (production == null) {
      long preparing = System.nanoTime();
      Path folder = out.resolve("production");
      deleteRecursively(folder);
      production = JarLaunch.extractedWithClassDataSharing(Files.createDirectories(folder), out.resolve("production.log"));
      figures.fact("w4.production_preparation_s", Figures.format((System.nanoTime() - preparing) / 1e9));
    }
    return production;
  }

  private static String suffix(JarLaunch how) {
    return how.name().equals("jar") ? "" : "_" + how.name();
  }

  /**
   * W4 on PostgreSQL: the jar as built on a fresh database, until ready. W1: the production start on another fresh
   * database (its start timed too), driven through HTTP by concurrent simulated users.
   */
  private void approvalsThroughHttp(BenchDatabases server, List<BenchDatabases.Database> databases) throws Exception {
    BenchDatabases.Database asBuilt = server.create("w4");
    databases.add(asBuilt);
    try (AccordProcess accord = AccordProcess.launch(JarLaunch.asBuilt(), out.resolve("w4-postgres"),
        environment("postgres", asBuilt), out.resolve("w4-postgres.log"))) {
      figures.add("w4.ready_postgres_s", accord.awaitReady(Duration.ofMinutes(5)), "s");
    }
    BenchDatabases.Database database = server.create("w1");
    databases.add(database);
    Map<String, String> environment = environment("postgres", database);
    try (AccordProcess accord = AccordProcess.launch(production(), out.resolve("w1"), environment,
        out.resolve("w1-accord.log"))) {
      figures.add("w4.ready_postgres_cds_s", accord.awaitReady(Duration.ofMinutes(5)), "s");
      AtomicBoolean running = new AtomicBoolean(true);
      AtomicLong peakRss = new AtomicLong();
      Thread sampler = new Thread(() -> {
        while (running.get()) {
          try {
            peakRss.accumulateAndGet(accord.memoryKb("VmRSS"), Math::max);
            Thread.sleep(250);
          } catch (IOException | InterruptedException e) {
            return;
          }
        }
      }, "rss-sampler");
      sampler.start();
      Load.Result result = Load.drive(new HttpSteps(HttpSteps.client(), accord.base()), "w1", users, warmUpCycles,
          cyclesPerUser);
      running.set(false);
      sampler.join();
      report("w1", result);
      figures.add("w4.peak_rss_w1_mb", accord.memoryKb("VmHWM") / 1024.0, "MB");
      figures.fact("w4.peak_rss_sampled_mb", peakRss.get() / 1024);
    }
  }

  /**
   * W1×2: W1 on two nodes of the README's cluster (profiles postgres and cluster) sharing one fresh database,
   * started one after the other (the first migrates and seeds), each request sent to the nodes in turn. Both
   * nodes, the database and the simulated users share this machine's cores.
   */
  private void approvalsOnTwoNodes(BenchDatabases server, List<BenchDatabases.Database> databases) throws Exception {
    BenchDatabases.Database database = server.create("w1x2");
    databases.add(database);
    Map<String, String> environment = environment("postgres,cluster", database);
    try (AccordProcess first = AccordProcess.launch(production(), out.resolve("w1x2-a"), environment,
        out.resolve("w1x2-a.log"))) {
      first.awaitReady(Duration.ofMinutes(5));
      try (AccordProcess second = AccordProcess.launch(production(), out.resolve("w1x2-b"), environment,
          out.resolve("w1x2-b.log"))) {
        second.awaitReady(Duration.ofMinutes(5));
        report("w1x2", Load.drive(new HttpSteps(HttpSteps.client(), List.of(first.base(), second.base())), "w1x2",
            users, warmUpCycles, cyclesPerUser));
      }
    }
  }

  private static Map<String, String> environment(String profiles, BenchDatabases.Database database) {
    return Map.of("SPRING_PROFILES_ACTIVE", profiles, "ACCORD_DB_URL", database.url(),
        "ACCORD_DB_USER", database.user(), "ACCORD_DB_PASSWORD", database.password(), "ACCORD_DEMO", "false",
        // the demo's users, not its documents: the simulated users sign in as the forum's delegates and chairs
        "ACCORD_DEMO_USERS", "true", "ACCORD_MAIL_ENABLED", "false");
  }

  /** W1e: the same cycles through Accord's services in this JVM: no HTTP, no Spring Security. */
  private void approvalsThroughServices(InProcessAccord accord) throws Exception {
    report("w1e", Load.drive(accord.services(), "w1e", users, warmUpCycles, cyclesPerUser));
    storagePerAdoptedDocument(accord);
  }

  /**
   * What each document the cycles adopted (warm-up included) left in the database: Camunda's history (what
   * history cleanup removes once due) and Accord's own record (kept), rows and bytes with indexes: the figures
   * to size a larger installation's database by.
   */
  private void storagePerAdoptedDocument(InProcessAccord accord) {
    accord.execute("analyze");
    long documents = accord.query("select count(*) from document where status = 'ADOPTED'").get(0);
    String camundaHistory = "c.relname like 'act\\_hi\\_%'";
    String accordsRecord = "c.relname not like 'act\\_%' and c.relname not like 'flyway%' and c.relname not like 'spring\\_session%'";
    String ofTable = " from pg_class c join pg_namespace n on n.oid = c.relnamespace"
        + " where n.nspname = current_schema() and c.relkind = 'r' and ";
    for (Map.Entry<String, String> tables : Map.of("history", camundaHistory, "record", accordsRecord).entrySet()) {
      long rows = accord.query("select coalesce(sum(greatest(c.reltuples, 0)), 0)::bigint" + ofTable
          + tables.getValue()).get(0);
      long bytes = accord.query("select coalesce(sum(pg_total_relation_size(c.oid)), 0)" + ofTable
          + tables.getValue()).get(0);
      figures.add("w1e." + tables.getKey() + "_rows_per_adopted", (double) rows / documents, "rows");
      figures.add("w1e." + tables.getKey() + "_kb_per_adopted", bytes / 1024.0 / documents, "kB");
    }
  }

  /** W2: Kazakhstan's delegate's task list, first page, with {@code small} and then {@code large} documents in negotiation. */
  private void taskList(InProcessAccord accord) throws Exception {
    long seeding = System.nanoTime();
    List<Long> seeded = accord.documentsInNegotiation(small, 4, "w2");
    figures.fact("w2.small_seed_s", Figures.format((System.nanoTime() - seeding) / 1e9));
    accord.execute("analyze");
    timeTaskList(accord, "small", small);
    int copies = (int) Math.ceil((double) large / small) - 1;
    long cloning = System.nanoTime();
    accord.copy(seeded, copies, 60);
    accord.execute("analyze");
    figures.fact("w2.large_seed_s", Figures.format((System.nanoTime() - cloning) / 1e9));
    timeTaskList(accord, "large", (long) small * (copies + 1));
    figures.add("w2.large_small_p95_ratio", figures.value("w2.large.p95_ms") / figures.value("w2.small.p95_ms"), "x");
  }

  private void timeTaskList(InProcessAccord accord, String scale, long documents) throws IOException {
    long total = accord.total("kz.delegate1", "/api/tasks");
    if (total != documents) {
      throw new IllegalStateException("kz.delegate1 has " + total + " open tasks, not " + documents);
    }
    figures.fact("w2." + scale + ".documents_in_negotiation", documents);
    figures.fact("w2." + scale + ".open_position_tasks", accord.query("select count(*) from work_item").get(0));
    Latencies latencies = Requests.time(() -> accord.http().get("kz.delegate1", "/api/tasks"), 20, w2Samples, null);
    figures.add("w2." + scale + ".p50_ms", latencies.percentileMillis(50), "ms");
    figures.add("w2." + scale + ".p95_ms", latencies.percentileMillis(95), "ms");
  }

  /** W3: every data endpoint of the administrator's dashboard over at least {@code adopted} adopted documents. */
  private void dashboards(InProcessAccord accord) throws Exception {
    long seeding = System.nanoTime();
    accord.closeOpenMeetings();
    List<Long> templates = accord.query("select id from document where status = 'ADOPTED' order by id");
    if (templates.isEmpty()) {
      throw new IllegalStateException("W3 copies the documents W1e adopted: run W1e before W3");
    }
    int copies = (int) Math.ceil((double) adopted / templates.size()) - 1;
    // the copies' histories spread over the five years before now
    long step = Duration.ofDays(5 * 365).toSeconds() / Math.max(copies, 1);
    accord.copy(templates, copies, step);
    accord.execute("analyze");
    figures.fact("w3.seed_s", Figures.format((System.nanoTime() - seeding) / 1e9));
    figures.fact("w3.adopted_documents", accord.query("select count(*) from document where status = 'ADOPTED'").get(0));
    figures.fact("w3.documents", accord.query("select count(*) from document").get(0));
    figures.fact("w3.positions", accord.query("select count(*) from delegation_position").get(0));
    Latencies overall = new Latencies();
    for (String endpoint : List.of("documents-by-stage", "cycle-time", "stage-time", "rounds-per-document",
        "open-rounds", "response-time", "decisions", "silence-procedures", "throughput", "health")) {
      Latencies latencies = Requests.time(() -> accord.http().get("admin", "/api/admin/statistics/" + endpoint), 3,
          w3Samples, overall);
      figures.add("w3." + endpoint + ".p50_ms", latencies.percentileMillis(50), "ms");
      figures.add("w3." + endpoint + ".p95_ms", latencies.percentileMillis(95), "ms");
    }
    figures.add("w3.overall.p50_ms", overall.percentileMillis(50), "ms");
    figures.add("w3.overall.p95_ms", overall.percentileMillis(95), "ms");
  }

  private void report(String workload, Load.Result result) {
    figures.add(workload + ".actions_per_s", result.actionsPerSecond(), "actions/s");
    figures.add(workload + ".cycles_per_s", result.cyclesPerSecond(), "cycles/s");
    figures.add(workload + ".position_p50_ms", result.positions().percentileMillis(50), "ms");
    figures.add(workload + ".position_p95_ms", result.positions().percentileMillis(95), "ms");
    figures.add(workload + ".position_p99_ms", result.positions().percentileMillis(99), "ms");
    figures.fact(workload + ".actions", result.actions());
    figures.fact(workload + ".cycles", result.cycles());
    figures.fact(workload + ".seconds", Figures.format(result.seconds()));
  }

  private void ratios() {
    Double w0 = figures.value("w0.transactions_per_s");
    Double w1 = figures.value("w1.actions_per_s");
    Double w1e = figures.value("w1e.actions_per_s");
    if (w1 != null && w0 != null) {
      figures.add("w1.ratio_to_w0", w1 / w0, "x");
    }
    if (w1e != null && w0 != null) {
      figures.add("w1e.ratio_to_w0", w1e / w0, "x");
    }
    if (w1 != null && w1e != null) {
      figures.add("w1.ratio_to_w1e", w1 / w1e, "x");
    }
    Double w1x2 = figures.value("w1x2.actions_per_s");
    if (w1x2 != null && w1 != null) {
      figures.add("w1x2.ratio_to_w1", w1x2 / w1, "x");
    }
  }

  private void facts(BenchDatabases server) {
    figures.fact("started_at", Instant.now());
    figures.fact("processors", Runtime.getRuntime().availableProcessors());
    figures.fact("java", System.getProperty("java.version"));
    figures.fact("database_server", server.server());
    figures.fact("workloads", String.join(",", workloads));
    figures.fact("w1.users", users);
    figures.fact("w1.warmup_cycles_per_user", warmUpCycles);
    figures.fact("w1.cycles_per_user", cyclesPerUser);
    figures.fact("w0.threads", users);
    figures.fact("w0.cycles_per_thread", w0CyclesPerThread);
    figures.fact("w2.small", small);
    figures.fact("w2.large", large);
    figures.fact("w3.adopted_target", adopted);
  }

  private static void deleteRecursively(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
