package org.accord.document.content;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.StreamSupport;
import org.accord.document.Dimension;
import org.accord.document.DocumentType;
import org.accord.document.EventFormat;
import org.accord.document.VersionChanges;
import org.accord.document.VersionChanges.Field;
import org.accord.document.VersionChanges.FieldChange;
import org.accord.document.VersionChanges.Item;
import org.accord.document.VersionChanges.ItemChange;
import org.accord.document.VersionChanges.LineChange;
import org.accord.document.VersionChanges.ListChange;
import org.accord.document.VersionChanges.Piece;
import org.accord.document.VersionChanges.TextChange;
import org.accord.document.VersionChanges.TextEdit;
import org.accord.document.VersionChanges.Value;

/**
 * A comparison as a person reads it: values as text (a dimension or a format as its code, for the
 * page to name), an item by its natural key, and a reworded line with its words marked.
 */
final class ReadableChanges {

  /** The fields whose values are codes with words in the message bundles. */
  private static final Map<String, Function<String, Enum<?>>> CODES = Map.of(
      "dimension", Dimension::valueOf,
      "format", EventFormat::valueOf);

  private ReadableChanges() {}

  static VersionChanges of(DocumentType type, int from, int to, VersionDiff diff) {
    return new VersionChanges(from, to, diff.kind() == VersionDiff.Kind.STRUCTURED, diff.identical(),
        diff.fields().stream().map(ReadableChanges::field).toList(),
        diff.lists().stream().map(list -> list(type, list)).toList(),
        diff.texts().stream().map(text -> new TextChange(text.field(),
            text.changes().stream().map(ReadableChanges::lines).toList())).toList());
  }

  private static FieldChange field(VersionDiff.FieldChange change) {
    return new FieldChange(change.field(), value(change.field(), change.before()), value(change.field(), change.after()));
  }

  private static ListChange list(DocumentType type, VersionDiff.ListChange change) {
    return new ListChange(change.field(),
        change.added().stream().map(item -> item(VersionComparison.keyOf(type, change.field(), item), item)).toList(),
        change.removed().stream().map(item -> item(VersionComparison.keyOf(type, change.field(), item), item)).toList(),
        change.changed().stream().map(item -> new ItemChange(label(item.key()),
            item.fields().stream().map(ReadableChanges::field).toList())).toList());
  }

  /** An added or removed item, named by the fields its list is keyed by. */
  private static Item item(JsonNode key, JsonNode item) {
    List<Field> fields = new ArrayList<>();
    item.fields().forEachRemaining(entry -> fields.add(new Field(entry.getKey(), value(entry.getKey(), entry.getValue()))));
    return new Item(label(key), fields);
  }

  private static String label(JsonNode key) {
    List<String> parts = new ArrayList<>();
    key.fields().forEachRemaining(entry -> parts.add(text(entry.getValue())));
    return String.join(", ", parts);
  }

  private static Value value(String field, JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    Function<String, Enum<?>> code = CODES.get(field);
    if (code != null && node.isTextual()) {
      try {
        return new Value(node.asText(), code.apply(node.asText()));
      } catch (IllegalArgumentException notACode) {
        // An older version may hold a code since renamed: shown as it was stored.
      }
    }
    return new Value(text(node), null);
  }

  /** Lists joined by commas; a timeline as its months from and to; other objects field by field. */
  private static String text(JsonNode node) {
    if (node.isArray()) {
      return String.join(", ", StreamSupport.stream(node.spliterator(), false).map(ReadableChanges::text).toList());
    }
    if (node.isObject()) {
      if (node.size() == 2 && node.has("start") && node.has("end")) {
        return text(node.get("start")) + " – " + text(node.get("end"));
      }
      List<String> parts = new ArrayList<>();
      node.fields().forEachRemaining(entry -> parts.add(entry.getKey() + ": " + text(entry.getValue())));
      return String.join("; ", parts);
    }
    return node.isNumber() ? node.decimalValue().toPlainString() : node.asText();
  }

  private static LineChange lines(VersionDiff.LineChange change) {
    List<String> before = change.before();
    List<String> after = change.after();
    List<List<Piece>> lines = new ArrayList<>();
    int paired = Math.min(before.size(), after.size());
    List<String> removed = new ArrayList<>();
    List<String> added = new ArrayList<>();
    for (int i = 0; i < paired; i++) {
      List<Piece> reworded = WordDiff.between(before.get(i), after.get(i));
      if (reworded.isEmpty()) {
        removed.add(before.get(i));
        added.add(after.get(i));
      } else {
        flush(lines, removed, added);
        lines.add(reworded);
      }
    }
    removed.addAll(before.subList(paired, before.size()));
    added.addAll(after.subList(paired, after.size()));
    flush(lines, removed, added);
    return new LineChange(change.fromLine(), before, change.toLine(), after, lines);
  }

  /** Lines rewritten whole: the old ones removed, then the new ones added, as a reader expects. */
  private static void flush(List<List<Piece>> lines, List<String> removed, List<String> added) {
    removed.forEach(line -> lines.add(List.of(new Piece(TextEdit.DELETED, line))));
    added.forEach(line -> lines.add(List.of(new Piece(TextEdit.INSERTED, line))));
    removed.clear();
    added.clear();
  }
}
