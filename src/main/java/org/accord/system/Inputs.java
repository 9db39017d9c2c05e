package org.accord.system;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Checks of the free-form values that reach Accord from the API and from Camunda's task forms alike. */
public final class Inputs {

  private Inputs() {}

  /**
   * One of an enum's constants, however a client spelled it; {@code what} names the value in the
   * refusal, e.g. "SOC decision".
   */
  public static <E extends Enum<E>> E oneOf(Class<E> type, Object value, String what) {
    if (type.isInstance(value)) {
      return type.cast(value);
    }
    String names = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    if (value == null || value.toString().isBlank()) {
      throw new InvalidInputException("The " + what + " is missing: one of " + names + ".");
    }
    try {
      return Enum.valueOf(type, value.toString().strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("'" + value + "' is not a valid " + what + ": one of " + names + ".");
    }
  }

  /** A note for the record: trimmed, null when blank, at most {@link Limits#NOTE} characters. */
  public static String note(String note) {
    return optional(note, Limits.NOTE, "The note is longer than " + Limits.NOTE + " characters.");
  }

  /** Trimmed, null when blank; refused with {@code tooLong} beyond {@code limit} characters. */
  public static String optional(String text, int limit, String tooLong) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String trimmed = text.strip();
    if (trimmed.length() > limit) {
      throw new InvalidInputException(tooLong);
    }
    return trimmed;
  }

  /** Like {@link #optional} but refused with {@code missing} when blank. */
  public static String required(String text, int limit, String missing, String tooLong) {
    String checked = optional(text, limit, tooLong);
    if (checked == null) {
      throw new InvalidInputException(missing);
    }
    return checked;
  }

  /** A code as clients type it (" kz "), as Accord stores it ("KZ"), whatever the JVM's language. */
  public static String code(String code) {
    return code == null ? null : code.strip().toUpperCase(Locale.ROOT);
  }
}
