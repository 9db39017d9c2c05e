package org.accord.system;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import org.springframework.context.MessageSourceResolvable;
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
    Object[] written = Arrays.stream(args).map(arg -> written(language, arg)).toArray();
    return Optional.of(new MessageFormat(pattern, language).format(written));
  }

  /**
   * An argument as the reader reads it: a code by its label ({@link Labels#key}), a delegation by its name in that language, a phrase of the
   * bundles ({@link MessageSourceResolvable}) in the same language, anything else as it is, never regrouped.
   */
  private static String written(Locale language, Object arg) {
    if (arg == null) {
      return "";
    }
    if (arg instanceof Named named) {
      return named.name(language);
    }
    if (arg instanceof Enum<?> code) {
      return in(language, Labels.key(code)).orElse(code.name());
    }
    if (arg instanceof MessageSourceResolvable phrase && phrase.getCodes() != null) {
      for (String code : phrase.getCodes()) {
        Optional<String> words = in(language, code, phrase.getArguments());
        if (words.isPresent()) {
          return words.get();
        }
      }
      // a phrase the bundles lack still says something: its default, else its last code
      if (phrase.getDefaultMessage() != null) {
        return phrase.getDefaultMessage();
      }
      return phrase.getCodes().length == 0 ? "" : phrase.getCodes()[phrase.getCodes().length - 1];
    }
    return String.valueOf(arg);
  }

  /** The language of the request being answered; English outside one. */
  static Locale currentLanguage() {
    LocaleContext context = LocaleContextHolder.getLocaleContext();
    Locale language = context == null ? null : context.getLocale();
    return language == null ? Locale.ENGLISH : language;
  }
}
