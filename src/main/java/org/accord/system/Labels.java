package org.accord.system;

import java.util.Arrays;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The words for Accord's codes, from the message bundles (messages.properties and its Russian
 * twin), one key per constant: {@code enum.SocOutcome.APPROVED}. Pages, mails and PDFs all ask
 * here, so each word is translated once. Templates call it as {@code @labels}.
 */
@Component("labels")
public class Labels {

  private final MessageSource messages;

  public Labels(MessageSource messages) {
    this.messages = messages;
  }

  /** The label in the language of the current request (English outside one). */
  public String of(Enum<?> code) {
    return of(code, LocaleContextHolder.getLocale());
  }

  /** The label in the given language; a code without a label shows as itself. */
  public String of(Enum<?> code, Locale locale) {
    return code == null ? "" : messages.getMessage(key(code), null, code.name(), locale);
  }

  /** A message of the bundles in the given language; arguments are written as they are, never regrouped. */
  public String text(String key, Locale locale, Object... args) {
    Object[] written = Arrays.stream(args).map(arg -> arg == null ? "" : String.valueOf(arg)).toArray();
    return messages.getMessage(key, written, locale);
  }

  /** Who acted, in the current request's language: "kz.delegate2 (acting for soc.chair)" for an acting chair. */
  public String actor(String user, String actingFor) {
    return actor(user, actingFor, LocaleContextHolder.getLocale());
  }

  /** Who acted, in the given language; a chair acting in their own right is named alone. */
  public String actor(String user, String actingFor, Locale locale) {
    return actingFor == null ? user : text("acting.actor", locale, user, actingFor);
  }

  /**
   * How mails, lists and records name a document: its symbol, once registered, and its title in
   * quotes; a title that quotes a name itself (the priority area "Energy") follows a dash instead,
   * so that quotes never nest.
   */
  public static String document(String symbol, String title) {
    String prefix = symbol == null ? "" : symbol;
    if (title.indexOf('"') >= 0) {
      return prefix.isEmpty() ? title : prefix + " — " + title;
    }
    return (prefix.isEmpty() ? "" : prefix + " ") + "\"" + title + "\"";
  }

  public static String key(Enum<?> code) {
    return "enum." + code.getDeclaringClass().getSimpleName() + "." + code.name();
  }
}
