package org.accord.bench;

/** The benchmark's scale and switches: system properties (-Dbench.w2.large=10000), with their defaults. */
final class Scale {

  private Scale() {}

  static int integer(String name, int fallback) {
    String value = System.getProperty(name);
    return value == null || value.isBlank() ? fallback : Integer.parseInt(value.strip());
  }

  static String text(String name, String fallback) {
    String value = System.getProperty(name);
    return value == null || value.isBlank() ? fallback : value.strip();
  }

  static boolean on(String name, boolean fallback) {
    String value = System.getProperty(name);
    return value == null || value.isBlank() ? fallback : Boolean.parseBoolean(value.strip());
  }
}
