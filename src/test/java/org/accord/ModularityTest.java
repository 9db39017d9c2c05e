package org.accord;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.FileFormatOption;
import net.sourceforge.plantuml.SourceStringReader;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Each top-level package of org.accord is a module: it may use another only through its public face
 * (the types of its base package), and no two modules depend on each other in a loop. The module
 * documentation in docs/modules is written from the code by the same run, its diagrams drawn as SVG.
 */
class ModularityTest {

  static final ApplicationModules MODULES = ApplicationModules.of(AccordApplication.class);
  static final Path DOCS = Path.of("docs/modules");

  @Test
  void shouldKeepEveryModuleBehindItsPublicFace() {
    MODULES.verify();
  }

  @Test
  void shouldWriteTheModuleDocumentation() throws IOException {
    new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
        .writeDocumentation();
    try (Stream<Path> diagrams = Files.list(DOCS)) {
      for (Path diagram : diagrams.filter(path -> path.toString().endsWith(".puml")).toList()) {
        draw(diagram);
      }
    }
  }

  /** PlantUML's own layout engine, so that drawing needs no Graphviz on the machine. */
  private static void draw(Path diagram) throws IOException {
    String source = Files.readString(diagram).replace("@startuml", "@startuml\n!pragma layout smetana");
    Path picture = diagram.resolveSibling(diagram.getFileName().toString().replace(".puml", ".svg"));
    try (OutputStream out = Files.newOutputStream(picture)) {
      new SourceStringReader(source).outputImage(out, new FileFormatOption(FileFormat.SVG));
    }
  }
}
