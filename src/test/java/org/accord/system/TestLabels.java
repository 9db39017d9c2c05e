package org.accord.system;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Accord's real message bundles outside Spring, for tests of what pages, mails and PDFs print. */
public final class TestLabels {

  private TestLabels() {}

  public static MessageSource messages() {
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasename("messages");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    return messages;
  }

  public static Labels bundles() {
    return new Labels(messages());
  }

  /** Times written as Accord writes them, with "now" read from the clock given. */
  public static TimeWords timeWords(AccordClock clock) {
    return new TimeWords(messages(), clock);
  }
}
