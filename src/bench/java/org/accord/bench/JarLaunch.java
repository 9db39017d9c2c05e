package org.accord.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How the packaged jar is started: as built ({@code java -jar target/accord-*.jar}), or as the README's production
 * start does it: extracted by Spring Boot's jar tools, with a class data sharing archive that a training run (the
 * application context refreshed once, then closed) wrote. The JVM then maps the classes the start needs from the
 * archive instead of loading, verifying and parsing each from its jar. The production start also bounds the heap.
 */
record JarLaunch(String name, List<String> jvmOptions, Path jar) {

  /** The README's production heap: Accord keeps about 120 MB live under W1; the JVM's default ceiling is a quarter of RAM. */
  static final String PRODUCTION_HEAP = "-Xmx512m";

  static JarLaunch asBuilt() throws IOException {
    return new JarLaunch("jar", List.of(), AccordProcess.jar().toAbsolutePath());
  }

  static JarLaunch extractedWithClassDataSharing(Path folder, Path log) throws IOException, InterruptedException {
    Path built = AccordProcess.jar().toAbsolutePath();
    Path application = folder.resolve("application").toAbsolutePath();
    run(folder, log, "-Djarmode=tools", "-jar", built.toString(), "extract", "--destination", application.toString(),
        "--force");
    Path jar = application.resolve(built.getFileName());
    Path archive = application.resolve("accord.jsa");
    // the training run starts on the embedded default in a folder of its own, and stops once the context is refreshed
    run(Files.createDirectories(folder.resolve("training")), log, "-XX:ArchiveClassesAtExit=" + archive,
        "-Dspring.context.exit=onRefresh", "-jar", jar.toString(), "--server.port=0");
    if (!Files.exists(archive)) {
      throw new IllegalStateException("The training run wrote no class data sharing archive: see " + log);
    }
    return new JarLaunch("cds", List.of("-XX:SharedArchiveFile=" + archive, PRODUCTION_HEAP), jar);
  }

  private static void run(Path folder, Path log, String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(AccordProcess.java()));
    command.addAll(List.of(arguments));
    Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    if (process.waitFor() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " ended with " + process.exitValue() + ": see " + log);
    }
  }
}
