package org.accord.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The figures of a run: each printed as {@code BENCH <name> <value> <unit>} when measured, all written as JSON at the end. */
final class Figures {

  record Figure(String name, double value, String unit) {}

  private final List<Figure> figures = new ArrayList<>();
  private final Map<String, String> facts = new LinkedHashMap<>();

  synchronized void add(String name, double value, String unit) {
    figures.add(new Figure(name, value, unit));
    System.out.println("BENCH " + name + " " + format(value) + " " + unit);
    System.out.flush();
  }

  /** A fact about the run (scale, machine), written beside the figures. */
  synchronized void fact(String name, Object value) {
    facts.put(name, String.valueOf(value));
  }

  synchronized Double value(String name) {
    return figures.stream().filter(figure -> figure.name().equals(name)).map(Figure::value).findFirst().orElse(null);
  }

  synchronized void write(Path file) throws IOException {
    StringBuilder json = new StringBuilder("{\n  \"run\": {");
    String separator = "\n";
    for (Map.Entry<String, String> fact : facts.entrySet()) {
      json.append(separator).append("    ").append(quote(fact.getKey())).append(": ").append(quote(fact.getValue()));
      separator = ",\n";
    }
    json.append("\n  },\n  \"figures\": [");
    separator = "\n";
    for (Figure figure : figures) {
      json.append(separator).append("    {\"name\": ").append(quote(figure.name())).append(", \"value\": ")
          .append(format(figure.value())).append(", \"unit\": ").append(quote(figure.unit())).append('}');
      separator = ",\n";
    }
    json.append("\n  ]\n}\n");
    Files.createDirectories(file.getParent());
    Files.writeString(file, json);
  }

  static String format(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return "null";
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return String.valueOf((long) value);
    }
    return String.format(Locale.ROOT, Math.abs(value) >= 100 ? "%.1f" : Math.abs(value) >= 1 ? "%.2f" : "%.3f", value);
  }

  private static String quote(String text) {
    return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
