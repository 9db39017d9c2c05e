package org.accord.notification;

import java.util.Arrays;
import java.util.List;

/**
 * Words to be written in each recipient's language: a key of the message bundles and its
 * arguments. An argument may be a moment (written in the recipient's time zone), a code of an
 * enum (its label), another wording, a {@link Page} of Accord's (its full address), or anything else
 * (written as it is, e.g. what a delegate typed).
 *
 * @param fallback what to write when the bundles have no such key (a task named only in its BPMN
 *     file); null when the key must exist
 */
public record Wording(String key, List<Object> args, String fallback) {

  public Wording {
    args = List.copyOf(args.stream().map(arg -> arg == null ? "" : arg).toList());
  }

  public static Wording of(String key, Object... args) {
    return new Wording(key, Arrays.asList(args), null);
  }

  /** The key's words, or the fallback as it is when the bundles do not have the key. */
  public static Wording orElse(String key, String fallback) {
    return new Wording(key, List.of(), fallback);
  }

  /** A page of Accord's by its path ("/documents/7#position"), written as the full address mails link to. */
  public record Page(String path) {}

  /** What somebody typed, quoted as it is. */
  public static Wording verbatim(String text) {
    return of("mail.verbatim", text);
  }
}
