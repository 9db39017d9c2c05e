package org.accord.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The two working languages say the same things: every key in both bundles, each with the same
 * arguments, so a Russian reader never meets an English sentence or a missing value.
 */
class MessageBundlesTest {

  private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[^}]*}");

  @Test
  void shouldHaveEveryKeyInEnglishAndInRussian() throws IOException {
    Properties english = bundle("messages.properties");
    Properties russian = bundle("messages_ru.properties");

    assertThat(withoutRussianOnlyForms(russian)).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    for (String key : english.stringPropertyNames()) {
      String noun = key.replaceFirst("\\.other$", "");
      if (!noun.equals(key) && english.containsKey(noun + ".one")) {
        assertThat(russian).as(noun).containsKeys(noun + ".few", noun + ".many");
      }
    }
  }

  /**
   * A counted noun has the forms its language needs (Plural): English one/other; Russian one/few/many,
   * and other as well (a fraction: 1,5 дня), so that every English key has its Russian.
   */
  private static Set<String> withoutRussianOnlyForms(Properties russian) {
    Set<String> keys = new TreeSet<>(russian.stringPropertyNames());
    keys.removeIf(key -> key.endsWith(".few") || key.endsWith(".many"));
    return keys;
  }

  @Test
  void shouldUseTheSameArgumentsInBothLanguages() throws IOException {
    Properties english = bundle("messages.properties");
    Properties russian = bundle("messages_ru.properties");
    List<String> different = new ArrayList<>();
    for (String key : english.stringPropertyNames()) {
      if (russian.containsKey(key) && !arguments(english.getProperty(key)).equals(arguments(russian.getProperty(key)))) {
        different.add(key);
      }
    }
    assertThat(different).isEmpty();
  }

  @Test
  void shouldDoubleTheApostrophesOfMessagesWithArguments() throws IOException {
    // MessageFormat reads a lone apostrophe as a quote and silently drops what follows it
    List<String> lone = new ArrayList<>();
    for (String file : List.of("messages.properties", "messages_ru.properties")) {
      Properties bundle = bundle(file);
      for (String key : bundle.stringPropertyNames()) {
        String text = bundle.getProperty(key);
        if (!arguments(text).isEmpty() && text.replace("''", "").contains("'")) {
          lone.add(file + ": " + key);
        }
      }
    }
    assertThat(lone).isEmpty();
  }

  private static Set<String> arguments(String text) {
    Set<String> found = new TreeSet<>();
    Matcher matcher = ARGUMENT.matcher(text.replace("''", ""));
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    return found;
  }

  private static Properties bundle(String name) throws IOException {
    Properties properties = new Properties();
    try (Reader reader = new InputStreamReader(
        MessageBundlesTest.class.getClassLoader().getResourceAsStream(name), StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }
}
