package org.accord.system.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.accord.system.TextSearch;

/**
 * The filters of a list page as the address carries them, read leniently: a value that means nothing
 * (a year "abc", an unknown status) is left out and noted, so the page shows the list with a word on
 * why, never a 400 error page. The notes are keys of the message bundles with their arguments.
 */
public final class FilterInput {

  /** Why a value was left out: a bundle key and its arguments, already text so that none is regrouped. */
  public record Note(String key, List<String> args) {

    public Object[] arguments() {
      return args.toArray();
    }
  }

  private final List<Note> notes = new ArrayList<>();

  /** A year such as 2022; blank is none. */
  public Integer year(String raw) {
    if (isBlank(raw)) {
      return null;
    }
    String typed = raw.strip();
    if (typed.matches("[0-9]{4}")) {
      return Integer.valueOf(typed);
    }
    note("filters.year.invalid", typed);
    return null;
  }

  /** One of an enum's constants, by its name in any case; blank is none. */
  public <E extends Enum<E>> E oneOf(Class<E> type, String raw, String unknownKey) {
    if (isBlank(raw)) {
      return null;
    }
    String typed = raw.strip();
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(typed.toUpperCase(Locale.ROOT))) {
        return constant;
      }
    }
    note(unknownKey, typed);
    return null;
  }

  /** A text to look for in titles and symbols; blank is none. */
  public String text(String raw) {
    if (isBlank(raw)) {
      return null;
    }
    String typed = raw.strip();
    if (typed.length() > TextSearch.MAX_LENGTH) {
      note("filters.text.tooLong", String.valueOf(TextSearch.MAX_LENGTH));
      return null;
    }
    return typed;
  }

  /** The page asked for, counted from 1; the first when missing or not a page number. */
  public int pageNumber(String raw) {
    if (isBlank(raw)) {
      return 1;
    }
    String typed = raw.strip();
    if (typed.matches("[0-9]{1,6}") && Integer.parseInt(typed) >= 1) {
      return Integer.parseInt(typed);
    }
    note("filters.page.invalid", typed);
    return 1;
  }

  /** Notes a value left out. */
  public void note(String key, String... args) {
    notes.add(new Note(key, List.of(args)));
  }

  public List<Note> notes() {
    return List.copyOf(notes);
  }

  /**
   * The page to show out of {@code total} items, {@code size} a page: the one asked for, or the last
   * when it lies beyond, noted.
   */
  public Paging paging(int asked, int size, long total) {
    int last = Paging.pages(size, total);
    if (asked > last) {
      note("filters.page.beyond", String.valueOf(asked), String.valueOf(last));
      return new Paging(last, size, total);
    }
    return new Paging(asked, size, total);
  }

  private static boolean isBlank(String raw) {
    return raw == null || raw.isBlank();
  }
}
