package org.accord;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One owner per table: the SQL in a module's code names only the tables that module owns. What a
 * module needs of another's facts it asks through that module's API, so that every dependency shows
 * in the imports, where {@link ModularityTest} checks it.
 */
class TableOwnershipTest {

  /** Every table of Accord's own (Flyway's migrations), by the module that writes and reads it. */
  private static final Map<String, List<String>> OWNERS = Map.ofEntries(
      Map.entry("forum", List.of("delegation")),
      Map.entry("security", List.of("user_preference", "spring_session", "spring_session_attributes")),
      Map.entry("notification", List.of("notification_outbox")),
      Map.entry("tasklist", List.of("work_item")),
      Map.entry("document", List.of("document", "document_version", "document_routing")),
      Map.entry("negotiation", List.of("negotiation_round", "delegation_position", "position_change",
          "consensus_confirmation", "chair_ruling", "round_extension")),
      Map.entry("decision", List.of("decision", "decision_reservation", "decision_counter", "soc_route_choice")),
      Map.entry("meeting", List.of("soc_meeting", "agenda_item", "meeting_attendance")),
      Map.entry("silence", List.of("silence_procedure")),
      Map.entry("acting", List.of("acting_chair", "acting_chair_seat")),
      Map.entry("audit", List.of("audit_entry", "audit_head")),
      Map.entry("statistics", List.of("statistics_document", "statistics_stage_time", "statistics_duration")),
      Map.entry("idempotency", List.of("idempotency_key")));

  /** A table named in SQL: after from, join, into or update. */
  private static final Pattern TABLE = Pattern.compile("\\b(?:from|join|into|update)\\s+([a-z_]+)\\b");
  /** Java's string literals and text blocks, where SQL is written. */
  private static final Pattern STRING = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);

  @Test
  void shouldNameOnlyItsOwnTablesInEachModulesSql() throws IOException {
    List<String> strangers = new ArrayList<>();
    try (Stream<Path> sources = Files.walk(Path.of("src/main/java/org/accord"))) {
      sources.filter(path -> path.toString().endsWith(".java")).forEach(source -> {
        String module = Path.of("src/main/java/org/accord").relativize(source).getName(0).toString();
        Matcher literal = STRING.matcher(read(source));
        while (literal.find()) {
          String text = literal.group(1) != null ? literal.group(1) : literal.group(2);
          Matcher named = TABLE.matcher(text);
          while (named.find()) {
            String owner = ownerOf(named.group(1));
            if (owner != null && !owner.equals(module)) {
              strangers.add(source + " names " + named.group(1) + ", a table of " + owner);
            }
          }
        }
      });
    }
    assertThat(strangers).isEmpty();
  }

  @Test
  void shouldKnowAnOwnerForEveryTableTheMigrationsCreate() throws IOException {
    List<String> orphans = new ArrayList<>();
    Pattern created = Pattern.compile("create table ([a-z_]+)");
    try (Stream<Path> migrations = Files.list(Path.of("src/main/resources/db/migration"))) {
      migrations.forEach(migration -> {
        Matcher table = created.matcher(read(migration));
        while (table.find()) {
          if (ownerOf(table.group(1)) == null) {
            orphans.add(table.group(1));
          }
        }
      });
    }
    assertThat(orphans).isEmpty();
  }

  private static String ownerOf(String table) {
    return OWNERS.entrySet().stream().filter(owner -> owner.getValue().contains(table)).map(Map.Entry::getKey)
        .findFirst().orElse(null);
  }

  private static String read(Path path) {
    try {
      return Files.readString(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
