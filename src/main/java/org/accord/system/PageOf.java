package org.accord.system;

import java.util.List;

/** One page of a server-side paged list. */
public record PageOf<T>(List<T> items, int page, int size, long total) {

  public static final int MAX_SIZE = 200;

  /** Checks the paging parameters a client sent. */
  public static void check(int page, int size) {
    if (page < 0) {
      throw new InvalidInputException("refusal.system.page");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new InvalidInputException("refusal.system.pageSize", MAX_SIZE);
    }
  }
}
