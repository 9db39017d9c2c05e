package org.accord.system.web;

/**
 * Where a list page stands: page {@code number} (from 1) of {@code size} items, out of {@code total}.
 * Newer items come first, so the next page holds older ones.
 */
public record Paging(int number, int size, long total) {

  /** How many pages {@code total} items fill; one, empty, when there are none. */
  public static int pages(int size, long total) {
    return (int) Math.max(1, (total + size - 1) / size);
  }

  public int pages() {
    return pages(size, total);
  }

  public int offset() {
    return (number - 1) * size;
  }

  public boolean hasNewer() {
    return number > 1;
  }

  public boolean hasOlder() {
    return number < pages();
  }
}
