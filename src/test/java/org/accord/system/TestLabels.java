package org.accord.system;

import org.springframework.context.support.ResourceBundleMessageSource;

/** Accord's real message bundles outside Spring, for tests of what pages, mails and PDFs print. */
public final class TestLabels {

  private TestLabels() {}

  public static Labels bundles() {
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasename("messages");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    return new Labels(messages);
  }
}
