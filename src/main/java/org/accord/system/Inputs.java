package org.accord.system;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** Checks of the free-form values that reach Accord from the API and from Camunda's task forms alike. */
public final class Inputs {

  private Inputs() {}

  /**
   * One of an enum's constants, however a client spelled it; {@code what} is the bundle key of the
   * value's name in the refusal, e.g. "refusal.what.socOutcome" (SOC decision).
   */
  public static <E extends Enum<E>> E oneOf(Class<E> type, Object value, String what) {
    if (type.isInstance(value)) {
      return type.cast(value);
    }
    // the codes stay codes: they are what a client has to send
    String names = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    MessageSourceResolvable name = new DefaultMessageSourceResolvable(what);
    if (value == null || value.toString().isBlank()) {
      throw new InvalidInputException("refusal.input.choice.missing", name, names);
    }
    try {
      return Enum.valueOf(type, value.toString().strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("refusal.input.choice.invalid", value, name, names);
    }
  }

  /**
   * A date-time picker's value (datetime-local: a wall-clock time) read in the given zone. Blank is
   * refused with the bundle key {@code missing}, or is null when {@code missing} is null; anything
   * else unreadable with {@code invalid} and what was typed.
   */
  public static OffsetDateTime wallClock(String typed, ZoneId zone, String missing, String invalid) {
    if (typed == null || typed.isBlank()) {
      if (missing == null) {
        return null;
      }
      throw new InvalidInputException(missing);
    }
    try {
      return LocalDateTime.parse(typed.strip()).atZone(zone).toOffsetDateTime();
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(invalid, typed);
    }
  }

  /**
   * The constant a form's choice names exactly (radio buttons send the constant's name); refused with
   * the bundle key {@code missing} when nothing, or nothing known, was chosen.
   */
  public static <E extends Enum<E>> E chosen(Class<E> type, String name, String missing) {
    return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(name)).findFirst()
        .orElseThrow(() -> new InvalidInputException(missing));
  }

  /** A note for the record: trimmed, null when blank, at most {@link Limits#NOTE} characters. */
  public static String note(String note) {
    return optional(note, Limits.NOTE, "refusal.input.note.tooLong");
  }

  /**
   * Trimmed, null when blank; refused with the bundle key {@code tooLong} beyond {@code limit}
   * characters. The refusal's arguments are {@code args} followed by the limit.
   */
  public static String optional(String text, int limit, String tooLong, Object... args) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String trimmed = storable(text).strip();
    if (trimmed.length() > limit) {
      throw new InvalidInputException(tooLong, withLimit(args, limit));
    }
    return trimmed;
  }

  /** Like {@link #optional} but refused with the bundle key {@code missing} when blank (same arguments). */
  public static String required(String text, int limit, String missing, String tooLong, Object... args) {
    String checked = optional(text, limit, tooLong, args);
    if (checked == null) {
      throw new InvalidInputException(missing, withLimit(args, limit));
    }
    return checked;
  }

  private static Object[] withLimit(Object[] args, int limit) {
    Object[] all = Arrays.copyOf(args, args.length + 1);
    all[args.length] = limit;
    return all;
  }

  /**
   * Text as people write it: no control characters but tabs and line breaks (a NUL byte is refused by
   * PostgreSQL, others hide text from readers), and no half of a surrogate pair (it cannot be encoded
   * as UTF-8, so it would be stored as "?"). Whatever the entry point: the API, a page, Camunda Tasklist.
   */
  public static String storable(String text) {
    if (text == null) {
      return null;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
        throw new InvalidInputException("refusal.input.controlCharacter", i + 1);
      }
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new InvalidInputException("refusal.input.halfCharacter", i + 1);
      }
    }
    return text;
  }

  /** A code as clients type it (" kz "), as Accord stores it ("KZ"), whatever the JVM's language. */
  public static String code(String code) {
    return code == null ? null : code.strip().toUpperCase(Locale.ROOT);
  }
}
