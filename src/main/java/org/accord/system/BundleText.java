package org.accord.system;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The message bundles read where no Spring bean reaches: a refusal is thrown deep in a service or a
 * delegate and worded when it is shown. The same files as Spring's message source, never falling
 * back to the language of the machine.
 */
final class BundleText {

  private static final ResourceBundle.Control NO_MACHINE_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private BundleText() {}

  /** The key's words in the language given; empty when the bundles have no such key. */
  static Optional<String> in(Locale language, String key, Object... args) {
    String pattern;
    try {
      pattern = ResourceBundle.getBundle("messages", language, NO_MACHINE_FALLBACK).getString(key);
    } catch (MissingResourceException | NullPointerException e) {
      return Optional.empty();
    }
    if (args == null || args.length == 0) {
      // as Spring's message source does: a message without arguments is not a pattern
      return Optional.of(pattern);
    }
    Object[] written = Arrays.stream(args).map(arg -> arg == null ? "" : String.valueOf(arg)).toArray();
    return Optional.of(new MessageFormat(pattern, language).format(written));
  }

  /** The language of the request being answered; English outside one. */
  static Locale currentLanguage() {
    LocaleContext context = LocaleContextHolder.getLocaleContext();
    Locale language = context == null ? null : context.getLocale();
    return language == null ? Locale.ENGLISH : language;
  }
}
