package org.accord.document.content;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.accord.forum.Delegation;
import org.accord.forum.Forum;
import org.accord.system.InvalidInputException;

/**
 * One JSON object of a version's content, read field by field into normalized values. Every
 * refusal names the field by its path ({@code events[2].end}) and says what is wrong in plain words.
 * Fields nobody asked for are refused too, so a misspelt field never passes silently.
 */
final class Fields {

  private static final int SHORT_TEXT_MAX = 300;
  private static final int FIRST_YEAR = 1992;
  private static final int LAST_YEAR = 2100;
  private static final int MAX_INTEGER_DIGITS = 15;

  private final JsonNode node;
  private final String path;
  private final Set<String> known = new TreeSet<>();

  private Fields(JsonNode node, String path) {
    this.node = node;
    this.path = path;
  }

  /** Reads the root object of a version's content with the given reader. */
  static <T> T read(String json, Function<Fields, T> reader) {
    JsonNode root = CanonicalJson.read(json);
    if (!root.isObject()) {
      throw new InvalidInputException("The content must be a JSON object: { ... }.");
    }
    return new Fields(root, "").readWith(reader);
  }

  <T> T object(String name, Function<Fields, T> reader) {
    JsonNode value = required(name);
    if (!value.isObject()) {
      throw invalid(name, "must be an object: { ... }");
    }
    return new Fields(value, pathOf(name)).readWith(reader);
  }

  /** A list of at least one object, each read with the given reader. */
  <T> List<T> list(String name, Function<Fields, T> reader) {
    JsonNode value = required(name);
    if (!value.isArray()) {
      throw invalid(name, "must be a list: [ ... ]");
    }
    if (value.isEmpty()) {
      throw invalid(name, "is empty; give at least one");
    }
    List<T> items = new ArrayList<>();
    for (int i = 0; i < value.size(); i++) {
      String itemPath = pathOf(name) + "[" + i + "]";
      if (!value.get(i).isObject()) {
        throw new InvalidInputException(itemPath + " must be an object: { ... }.");
      }
      items.add(new Fields(value.get(i), itemPath).readWith(reader));
    }
    return items;
  }

  /** Refuses two items of a list with the same natural key, e.g. two budget lines for STAFF. */
  <T> void requireUnique(String listName, List<T> items, Function<T, ?> key, String keyInWords) {
    Map<Object, Integer> firstIndex = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      Integer earlier = firstIndex.putIfAbsent(key.apply(items.get(i)), i);
      if (earlier != null) {
        String list = pathOf(listName);
        throw new InvalidInputException(list + "[" + i + "] has the same " + keyInWords + " as " + list + "["
            + earlier + "] (" + key.apply(items.get(i)) + ").");
      }
    }
  }

  /** A required short text on one line, e.g. a title: whitespace collapsed, at most 300 characters. */
  String text(String name) {
    String text = optionalText(name);
    if (text == null) {
      throw invalid(name, "is missing");
    }
    return text;
  }

  String optionalText(String name) {
    JsonNode value = value(name);
    if (value == null) {
      return null;
    }
    String text = normalized(textual(name, value)).replaceAll("\\s+", " ").strip();
    if (text.length() > SHORT_TEXT_MAX) {
      throw invalid(name, "is longer than " + SHORT_TEXT_MAX + " characters");
    }
    return text.isEmpty() ? null : text;
  }

  /** An optional text of any length, e.g. a paper's text: only its line endings are normalized. */
  String longText(String name) {
    JsonNode value = value(name);
    if (value == null) {
      return null;
    }
    String text = normalized(textual(name, value)).replaceAll("\r\n?", "\n");
    return text.isBlank() ? null : text;
  }

  int year(String name) {
    JsonNode value = required(name);
    if (!value.canConvertToInt() || !value.isIntegralNumber()
        || value.intValue() < FIRST_YEAR || value.intValue() > LAST_YEAR) {
      throw invalid(name, "must be a year written as a number, like 2023");
    }
    return value.intValue();
  }

  int positiveWholeNumber(String name) {
    JsonNode value = required(name);
    if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < 1) {
      throw invalid(name, "must be a whole number of at least 1");
    }
    return value.intValue();
  }

  LocalDate date(String name) {
    return parsed(name, LocalDate::parse, "a date written yyyy-MM-dd, like 2023-03-14");
  }

  YearMonth month(String name) {
    return parsed(name, YearMonth::parse, "a month written yyyy-MM, like 2023-01");
  }

  /** A non-negative amount with at most two decimals, always given two (1000 becomes 1000.00). */
  BigDecimal amount(String name) {
    JsonNode value = required(name);
    if (!value.isNumber()) {
      throw invalid(name, "must be a number without quotes, like 1250.50");
    }
    BigDecimal amount = value.decimalValue();
    if (amount.signum() < 0) {
      throw invalid(name, "is negative (" + amount.toPlainString() + ")");
    }
    if (amount.stripTrailingZeros().scale() > 2) {
      throw invalid(name, "has more than 2 decimals (" + amount.toPlainString() + ")");
    }
    if (amount.precision() - amount.scale() > MAX_INTEGER_DIGITS) {
      throw invalid(name, "is too large (" + amount.toPlainString() + ")");
    }
    return amount.setScale(2);
  }

  /** An ISO 4217 currency code, in capitals. */
  String currency(String name) {
    String code = textual(name, required(name)).strip().toUpperCase(Locale.ROOT);
    boolean known = code.matches("[A-Z]{3}")
        && Currency.getAvailableCurrencies().stream().anyMatch(c -> c.getCurrencyCode().equals(code));
    if (!known) {
      throw invalid(name, "'" + code + "' is not an ISO 4217 currency code (three letters, like USD or EUR)");
    }
    return code;
  }

  /** A code of capitals, digits and underscores; "official travel" becomes OFFICIAL_TRAVEL. */
  String code(String name) {
    String text = textual(name, required(name));
    String code = asCode(text);
    if (!code.matches("[A-Z][A-Z0-9_]{0,39}")) {
      throw invalid(name, "'" + text + "' must be a code of capital letters, digits and underscores, like STAFF");
    }
    return code;
  }

  <E extends Enum<E>> E choice(String name, Class<E> type) {
    E choice = optionalChoice(name, type);
    if (choice == null) {
      throw invalid(name, "is missing");
    }
    return choice;
  }

  <E extends Enum<E>> E optionalChoice(String name, Class<E> type) {
    JsonNode value = value(name);
    if (value == null) {
      return null;
    }
    String text = textual(name, value);
    return Arrays.stream(type.getEnumConstants())
        .filter(constant -> constant.name().equals(asCode(text)))
        .findFirst()
        .orElseThrow(() -> invalid(name, "'" + text + "' is not one of " + Arrays.stream(type.getEnumConstants())
            .map(Enum::name).collect(Collectors.joining(", "))));
  }

  /** A member state's code, as in the forum's configuration (KZ, TR, ...). */
  String state(String name, Forum forum) {
    String code = optionalState(name, forum);
    if (code == null) {
      throw invalid(name, "is missing");
    }
    return code;
  }

  String optionalState(String name, Forum forum) {
    JsonNode value = value(name);
    return value == null ? null : memberState(pathOf(name), textual(name, value), forum);
  }

  /** A set of member states: duplicates refused, sorted so that order never changes the hash. */
  List<String> states(String name, Forum forum, boolean atLeastOne) {
    JsonNode value = value(name);
    if (value == null) {
      if (atLeastOne) {
        throw invalid(name, "is missing");
      }
      return List.of();
    }
    if (!value.isArray()) {
      throw invalid(name, "must be a list of member-state codes, like [\"KZ\", \"TR\"]");
    }
    if (value.isEmpty() && atLeastOne) {
      throw invalid(name, "is empty; give at least one member state");
    }
    Set<String> codes = new TreeSet<>();
    for (int i = 0; i < value.size(); i++) {
      String itemPath = pathOf(name) + "[" + i + "]";
      if (!value.get(i).isTextual()) {
        throw new InvalidInputException(itemPath + " must be a member-state code in quotes, like \"KZ\".");
      }
      String code = memberState(itemPath, value.get(i).textValue(), forum);
      if (!codes.add(code)) {
        throw invalid(name, "lists " + code + " twice");
      }
    }
    return List.copyOf(codes);
  }

  String pathOf(String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  InvalidInputException invalid(String name, String problem) {
    return new InvalidInputException(pathOf(name) + " " + problem + ".");
  }

  private <T> T readWith(Function<Fields, T> reader) {
    T result = reader.apply(this);
    node.fieldNames().forEachRemaining(name -> {
      if (!known.contains(name)) {
        throw new InvalidInputException(pathOf(name) + " is not a known field (known here: "
            + String.join(", ", known) + ").");
      }
    });
    return result;
  }

  /** The field's value, or null when absent or JSON null; either way the field is a known one. */
  private JsonNode value(String name) {
    known.add(name);
    JsonNode value = node.get(name);
    return value == null || value.isNull() ? null : value;
  }

  private JsonNode required(String name) {
    JsonNode value = value(name);
    if (value == null) {
      throw invalid(name, "is missing");
    }
    return value;
  }

  private <T> T parsed(String name, Function<String, T> parser, String expected) {
    String text = textual(name, required(name));
    try {
      return parser.apply(text);
    } catch (DateTimeParseException e) {
      throw invalid(name, "'" + text + "' is not " + expected);
    }
  }

  private String textual(String name, JsonNode value) {
    if (!value.isTextual()) {
      throw invalid(name, "must be a text in quotes");
    }
    return value.textValue();
  }

  private static String memberState(String where, String text, Forum forum) {
    String code = text.strip().toUpperCase(Locale.ROOT);
    Delegation delegation = code.isEmpty() ? null : forum.find(code).orElse(null);
    if (delegation == null) {
      throw new InvalidInputException(where + " '" + text + "' is not a state of the forum; use a member state's code, like KZ.");
    }
    if (!delegation.holdsPosition()) {
      throw new InvalidInputException(where + " '" + code + "' (" + delegation.name() + ") is not a member state.");
    }
    return code;
  }

  private static String normalized(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  private static String asCode(String text) {
    return text.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
  }
}
