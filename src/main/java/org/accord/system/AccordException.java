package org.accord.system;

import java.util.Locale;
import org.springframework.http.HttpStatus;

/**
 * A refusal that the caller can understand and fix. Delegates and task listeners throw it too, so
 * a bad completion from any client (Accord's API, Camunda Tasklist) rolls back with the same message.
 * It names its words by a key of the message bundles ("refusal.round.closed") and their arguments:
 * {@link #getMessage()} is English, for logs; {@link #getLocalizedMessage()} speaks the language of
 * the request being answered.
 */
public abstract class AccordException extends RuntimeException {

  private final String key;
  private final transient Object[] args;

  protected AccordException(String key, Object... args) {
    super(BundleText.in(Locale.ENGLISH, key, args).orElse(key));
    this.key = key;
    this.args = args.clone();
  }

  /** The key of its words in the bundles. */
  public String key() {
    return key;
  }

  @Override
  public String getLocalizedMessage() {
    return BundleText.in(BundleText.currentLanguage(), key, args).orElse(getMessage());
  }

  public abstract HttpStatus status();

  /** The key of a short, stable title for the problem detail. */
  public abstract String titleKey();
}
