package org.accord.system;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Checks of the free-form values that reach Accord from the API and from Camunda's task forms alike. */
public final class Inputs {

  public static final int MAX_NOTE = 2000;

  private Inputs() {}

  /**
   * One of an enum's constants, however a client spelled it; {@code what} names the value in the
   * refusal, e.g. "SOC decision".
   */
  public static <E extends Enum<E>> E oneOf(Class<E> type, Object value, String what) {
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

  /** A note for the record: trimmed, null when blank, at most 2000 characters. */
  public static String note(String note) {
    if (note == null || note.isBlank()) {
      return null;
    }
    if (note.length() > MAX_NOTE) {
      throw new InvalidInputException("The note is longer than " + MAX_NOTE + " characters.");
    }
    return note.strip();
  }
}
