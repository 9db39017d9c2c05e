package org.accord.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A refusal names its words by a key of both bundles, never by a sentence: a sentence would reach a
 * Russian reader in English. Guards the code still to be written as much as the code there is.
 */
class RefusalKeysTest {

  /** A refusal thrown with a literal first argument; group 2 is the literal, group 3 a concatenation after it. */
  private static final Pattern THROWN = Pattern.compile(
      "new\\s+(NotFound|Forbidden|Conflict|InvalidInput)Exception\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\"(\\s*\\+)?");
  /** A key of a refusal handed to a helper that refuses for its caller (a role, a task not waiting, Inputs). */
  private static final Pattern NAMED = Pattern.compile("\"(refusal\\.[A-Za-z0-9_.]+)\"(\\s*\\+)?");

  @Test
  void shouldThrowRefusalsWithKeysOfBothBundles() throws IOException {
    Properties english = bundle("messages.properties");
    Properties russian = bundle("messages_ru.properties");
    List<String> notKeys = new ArrayList<>();
    for (Path source : sources()) {
      String code = withoutComments(Files.readString(source));
      for (Literal literal : literals(code)) {
        if (!literal.isKeyOf(english) || !literal.isKeyOf(russian)) {
          notKeys.add(Path.of("src/main/java").relativize(source) + ": \"" + literal.text() + "\"");
        }
      }
    }
    assertThat(notKeys).as("refusals thrown with a sentence, or a key missing from a bundle").isEmpty();
  }

  @Test
  void shouldCatchASentenceAndAcceptKeysAndTheirPrefixes() {
    Properties bundle = new Properties();
    bundle.setProperty("refusal.round.closed", "Round {0} is closed.");
    bundle.setProperty("refusal.kind.needsText.OBJECTION", "An objection needs its reasons.");
    String code = """
        throw new ConflictException("refusal.round.closed", number);
        throw new InvalidInputException("refusal.kind.needsText." + kind.name());
        throw new NotFoundException(
            "There is no document " + id + ".");
        user.requireAny("refusal.meeting.who", Role.SECRETARIAT);
        """;

    List<Literal> found = literals(code);

    assertThat(found).extracting(Literal::text)
        .containsExactly("refusal.round.closed", "refusal.kind.needsText.", "There is no document ", "refusal.meeting.who");
    assertThat(found).extracting(literal -> literal.isKeyOf(bundle)).containsExactly(true, true, false, false);
  }

  /** A literal naming a refusal's words; followed by {@code +}, it is the common start of several keys. */
  private record Literal(String text, boolean prefix) {

    boolean isKeyOf(Properties bundle) {
      return prefix ? bundle.stringPropertyNames().stream().anyMatch(key -> key.startsWith(text))
          : bundle.containsKey(text);
    }
  }

  /** The literals in the order they stand in the code; a thrown key is counted once. */
  private static List<Literal> literals(String code) {
    TreeMap<Integer, Literal> found = new TreeMap<>();
    for (Pattern pattern : List.of(THROWN, NAMED)) {
      Matcher matcher = pattern.matcher(code);
      int text = pattern == THROWN ? 2 : 1;
      while (matcher.find()) {
        found.putIfAbsent(matcher.start(text), new Literal(matcher.group(text), matcher.group(text + 1) != null));
      }
    }
    return List.copyOf(found.values());
  }

  /** The code without its comment lines: a javadoc may show a key as an example. */
  private static String withoutComments(String code) {
    return code.lines()
        .filter(line -> !line.strip().startsWith("*") && !line.strip().startsWith("/*") && !line.strip().startsWith("//"))
        .collect(Collectors.joining("\n"));
  }

  private static List<Path> sources() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      return files.filter(file -> file.toString().endsWith(".java"))
          .sorted()
          .toList();
    }
  }

  private static Properties bundle(String name) throws IOException {
    Properties properties = new Properties();
    try (Reader reader = new InputStreamReader(
        RefusalKeysTest.class.getClassLoader().getResourceAsStream(name), StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }
}
