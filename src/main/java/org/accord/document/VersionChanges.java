package org.accord.document;

import java.util.List;

/**
 * What changed from one version to another, as a person reads it ({@link Documents#compare}): fields
 * before and after, list items added, removed and changed (named by their natural key), and texts
 * line by line, a reworded line with its words marked. The JSON API keeps the raw comparison.
 */
public record VersionChanges(int from, int to, boolean structured, boolean identical, List<FieldChange> fields,
    List<ListChange> lists, List<TextChange> texts) {

  /** A value as shown: its text, or a code the page names in the reader's language (a dimension, a format). */
  public record Value(String text, Enum<?> code) {}

  /** A field whose value changed; a side is null when the field appears or disappears. */
  public record FieldChange(String field, Value before, Value after) {}

  public record Field(String name, Value value) {}

  /** An item of a list, named by its natural key ("CICA Tourism Forum", "STAFF"). */
  public record Item(String label, List<Field> fields) {}

  public record ItemChange(String label, List<FieldChange> fields) {}

  public record ListChange(String field, List<Item> added, List<Item> removed, List<ItemChange> changed) {}

  public record TextChange(String field, List<LineChange> changes) {}

  /**
   * Lines count from 1. {@code lines} is the change as it is read: a line reworded in place with its
   * words marked, the lines added or removed whole.
   */
  public record LineChange(int fromLine, List<String> before, int toLine, List<String> after,
      List<List<Piece>> lines) {

    public boolean isAddition() {
      return before.isEmpty();
    }

    public boolean isRemoval() {
      return after.isEmpty();
    }
  }

  /** A run of words kept, inserted or deleted. */
  public record Piece(TextEdit edit, String text) {}

  public enum TextEdit { KEPT, INSERTED, DELETED }
}
