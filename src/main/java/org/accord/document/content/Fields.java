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
import org.springframework.context.support.DefaultMessageSourceResolvable;

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
      throw new InvalidInputException("refusal.content.notObject");
    }
    return new Fields(root, "").readWith(reader);
  }

  <T> T object(String name, Function<Fields, T> reader) {
    JsonNode value = required(name);
    if (!value.isObject()) {
      throw invalid(name, "refusal.content.object", "{ ... }");
    }
    return new Fields(value, pathOf(name)).readWith(reader);
  }

  /** A list of at least one object, each read with the given reader. */
  <T> List<T> list(String name, Function<Fields, T> reader) {
    JsonNode value = required(name);
    if (!value.isArray()) {
      throw invalid(name, "refusal.content.list", "[ ... ]");
    }
    if (value.isEmpty()) {
      throw invalid(name, "refusal.content.empty");
    }
    List<T> items = new ArrayList<>();
    for (int i = 0; i < value.size(); i++) {
      String itemPath = pathOf(name) + "[" + i + "]";
      if (!value.get(i).isObject()) {
        throw new InvalidInputException("refusal.content.object", itemPath, "{ ... }");
      }
      items.add(new Fields(value.get(i), itemPath).readWith(reader));
    }
    return items;
  }

  /**
   * Refuses two items of a list with the same natural key, e.g. two budget lines for STAFF;
   * {@code keyInWords} is the bundle key naming what they share.
   */
  <T> void requireUnique(String listName, List<T> items, Function<T, ?> key, String keyInWords) {
    Map<Object, Integer> firstIndex = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      Integer earlier = firstIndex.putIfAbsent(key.apply(items.get(i)), i);
      if (earlier != null) {
        String list = pathOf(listName);
        throw new InvalidInputException("refusal.content.same", list + "[" + i + "]",
            new DefaultMessageSourceResolvable(keyInWords), list + "[" + earlier + "]", key.apply(items.get(i)));
      }
    }
  }

  /** A required short text on one line, e.g. a title: whitespace collapsed, at most 300 characters. */
  String text(String name) {
    String text = optionalText(name);
    if (text == null) {
      throw invalid(name, "refusal.content.missing");
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
      throw invalid(name, "refusal.content.tooLong", SHORT_TEXT_MAX);
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
      throw invalid(name, "refusal.content.year");
    }
    return value.intValue();
  }

  int positiveWholeNumber(String name) {
    JsonNode value = required(name);
    if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < 1) {
      throw invalid(name, "refusal.content.wholeNumber");
    }
    return value.intValue();
  }

  LocalDate date(String name) {
    return parsed(name, LocalDate::parse, "refusal.content.date");
  }

  YearMonth month(String name) {
    return parsed(name, YearMonth::parse, "refusal.content.month");
  }

  /** A non-negative amount with at most two decimals, always given two (1000 becomes 1000.00). */
  BigDecimal amount(String name) {
    JsonNode value = required(name);
    if (!value.isNumber()) {
      throw invalid(name, "refusal.content.number");
    }
    BigDecimal amount = value.decimalValue();
    if (amount.signum() < 0) {
      throw invalid(name, "refusal.content.negative", amount.toPlainString());
    }
    if (amount.stripTrailingZeros().scale() > 2) {
      throw invalid(name, "refusal.content.decimals", amount.toPlainString());
    }
    if (amount.precision() - amount.scale() > MAX_INTEGER_DIGITS) {
      throw invalid(name, "refusal.content.tooLarge", amount.toPlainString());
    }
    return amount.setScale(2);
  }

  /** An ISO 4217 currency code, in capitals. */
  String currency(String name) {
    String code = textual(name, required(name)).strip().toUpperCase(Locale.ROOT);
    boolean known = code.matches("[A-Z]{3}")
        && Currency.getAvailableCurrencies().stream().anyMatch(c -> c.getCurrencyCode().equals(code));
    if (!known) {
      throw invalid(name, "refusal.content.currency", code);
    }
    return code;
  }

  /** A code of capitals, digits and underscores; "official travel" becomes OFFICIAL_TRAVEL. */
  String code(String name) {
    String text = textual(name, required(name));
    String code = asCode(text);
    if (!code.matches("[A-Z][A-Z0-9_]{0,39}")) {
      throw invalid(name, "refusal.content.code", text);
    }
    return code;
  }

  <E extends Enum<E>> E choice(String name, Class<E> type) {
    E choice = optionalChoice(name, type);
    if (choice == null) {
      throw invalid(name, "refusal.content.missing");
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
        .orElseThrow(() -> invalid(name, "refusal.content.notOneOf", text, Arrays.stream(type.getEnumConstants())
            .map(Enum::name).collect(Collectors.joining(", "))));
  }

  /** A member state's code, as in the forum's configuration (KZ, TR, ...). */
  String state(String name, Forum forum) {
    String code = optionalState(name, forum);
    if (code == null) {
      throw invalid(name, "refusal.content.missing");
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
        throw invalid(name, "refusal.content.missing");
      }
      return List.of();
    }
    if (!value.isArray()) {
      throw invalid(name, "refusal.content.states", "[\"KZ\", \"TR\"]");
    }
    if (value.isEmpty() && atLeastOne) {
      throw invalid(name, "refusal.content.statesEmpty");
    }
    Set<String> codes = new TreeSet<>();
    for (int i = 0; i < value.size(); i++) {
      String itemPath = pathOf(name) + "[" + i + "]";
      if (!value.get(i).isTextual()) {
        throw new InvalidInputException("refusal.content.stateText", itemPath);
      }
      String code = memberState(itemPath, value.get(i).textValue(), forum);
      if (!codes.add(code)) {
        throw invalid(name, "refusal.content.twice", code);
      }
    }
    return List.copyOf(codes);
  }

  String pathOf(String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  /**
   * The refusal of a field: the bundle key's message has the field's path as {0}, first in every
   * language, so that the revision form finds the field again; {@code args} follow it.
   */
  InvalidInputException invalid(String name, String key, Object... args) {
    Object[] all = new Object[args.length + 1];
    all[0] = pathOf(name);
    System.arraycopy(args, 0, all, 1, args.length);
    return new InvalidInputException(key, all);
  }

  private <T> T readWith(Function<Fields, T> reader) {
    T result = reader.apply(this);
    node.fieldNames().forEachRemaining(name -> {
      if (!known.contains(name)) {
        throw new InvalidInputException("refusal.content.unknownField", pathOf(name), String.join(", ", known));
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
      throw invalid(name, "refusal.content.missing");
    }
    return value;
  }

  private <T> T parsed(String name, Function<String, T> parser, String expected) {
    String text = textual(name, required(name));
    try {
      return parser.apply(text);
    } catch (DateTimeParseException e) {
      throw invalid(name, expected, text);
    }
  }

  private String textual(String name, JsonNode value) {
    if (!value.isTextual()) {
      throw invalid(name, "refusal.content.text");
    }
    return value.textValue();
  }

  private static String memberState(String where, String text, Forum forum) {
    String code = text.strip().toUpperCase(Locale.ROOT);
    Delegation delegation = code.isEmpty() ? null : forum.find(code).orElse(null);
    if (delegation == null) {
      throw new InvalidInputException("refusal.content.notState", where, text);
    }
    if (!delegation.holdsPosition()) {
      throw new InvalidInputException("refusal.content.notMemberState", where, code, delegation);
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
