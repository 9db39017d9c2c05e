package org.accord.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Accord's packaged jar run as a child process ({@code java -jar target/accord-*.jar}), as an operator runs it. */
final class AccordProcess implements AutoCloseable {

  private final Process process;
  private final long launchedAt;
  private final int port;

  private AccordProcess(Process process, long launchedAt, int port) {
    this.process = process;
    this.launchedAt = launchedAt;
    this.port = port;
  }

  /** Launches the jar in the folder, with the environment given added to this JVM's; its output goes to the log. */
  static AccordProcess launch(JarLaunch how, Path folder, Map<String, String> environment, Path log,
      String... arguments) throws IOException {
    Files.createDirectories(folder);
    int port = freePort();
    List<String> command = new ArrayList<>(List.of(java()));
    command.addAll(how.jvmOptions());
    command.addAll(jvmOptions());
    command.addAll(List.of("-jar", how.jar().toString(), "--server.port=" + port));
    command.addAll(List.of(arguments));
    command.addAll(extraArguments());
    ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile())
        .redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().putAll(environment);
    long launchedAt = System.nanoTime();
    return new AccordProcess(builder.start(), launchedAt, port);
  }

  /** Seconds from launch until /actuator/health answered 200 (polled every 100 ms). */
  double awaitReady(Duration timeout) throws InterruptedException {
    HttpClient client = HttpSteps.client();
    HttpRequest health = HttpRequest.newBuilder(URI.create(base() + "/actuator/health"))
        .timeout(Duration.ofSeconds(2)).GET().build();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Accord stopped before it was ready, with exit code " + process.exitValue());
      }
      try {
        if (client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return (System.nanoTime() - launchedAt) / 1e9;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("Accord was not ready within " + timeout);
  }

  String base() {
    return "http://127.0.0.1:" + port;
  }

  /** A field of /proc/&lt;pid&gt;/status in kB (VmHWM: the peak resident set; VmRSS: the current one). */
  long memoryKb(String field) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
      if (line.startsWith(field + ":")) {
        return Long.parseLong(line.substring(field.length() + 1).replace("kB", "").strip());
      }
    }
    return -1;
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }

  /**
   * Arguments given to Accord in every workload that runs it (the jar and the in-process one), from
   * -Dbench.accord.args="--camunda.bpm.history-level=audit ...": how a lever's effect is measured.
   */
  static List<String> extraArguments() {
    return words("bench.accord.args");
  }

  /**
   * The jar's JVM options, from -Dbench.jvm.args="-Xmx512m ...": none by default, so the jar runs with
   * the JVM's own defaults, as a plain {@code java -jar} does.
   */
  static List<String> jvmOptions() {
    return words("bench.jvm.args");
  }

  private static List<String> words(String property) {
    String given = Scale.text(property, "").strip();
    return given.isEmpty() ? List.of() : List.of(given.split("\\s+"));
  }

  static Path jar() throws IOException {
    Path folder = Path.of(System.getProperty("bench.jar.dir", "target"));
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(file -> file.getFileName().toString().matches("accord-.*\\.jar"))
          .findFirst().orElseThrow(() -> new IllegalStateException("No accord-*.jar in " + folder + ": package first"));
    }
  }

  static String java() {
    return ProcessHandle.current().info().command().orElse("java");
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
