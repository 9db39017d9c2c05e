package org.accord.document.content;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * What changed from one version to the next. Structured versions give changed fields, list items
 * added, removed and changed (matched by their natural key), and line changes in long texts;
 * plain-text versions give line changes only. A field that appears or disappears has a null side.
 */
public record VersionDiff(Kind kind, boolean identical, List<FieldChange> fields, List<ListChange> lists,
    List<TextChange> texts) {

  public enum Kind { STRUCTURED, TEXT }

  public enum LineChangeType { ADDED, REMOVED, CHANGED }

  public record FieldChange(String field, JsonNode before, JsonNode after) {}

  /** Items of one list; {@code changed} items are named by their key, e.g. {"category": "STAFF"}. */
  public record ListChange(String field, List<JsonNode> added, List<JsonNode> removed, List<ItemChange> changed) {}

  public record ItemChange(JsonNode key, List<FieldChange> fields) {}

  public record TextChange(String field, List<LineChange> changes) {}

  /** Lines count from 1; an addition has no {@code before} lines, a removal no {@code after} lines. */
  public record LineChange(LineChangeType type, int fromLine, List<String> before, int toLine, List<String> after) {}

  static VersionDiff structured(List<FieldChange> fields, List<ListChange> lists, List<TextChange> texts) {
    return new VersionDiff(Kind.STRUCTURED, fields.isEmpty() && lists.isEmpty() && texts.isEmpty(),
        fields, lists, texts);
  }

  static VersionDiff text(List<LineChange> changes) {
    return new VersionDiff(Kind.TEXT, changes.isEmpty(), List.of(), List.of(),
        changes.isEmpty() ? List.of() : List.of(new TextChange("text", changes)));
  }
}
