package org.accord.document.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.accord.document.DocumentType;
import org.accord.document.VersionChanges;
import org.accord.document.VersionContent;
import org.accord.document.content.VersionDiff.FieldChange;
import org.accord.document.content.VersionDiff.ItemChange;
import org.accord.document.content.VersionDiff.ListChange;
import org.accord.document.content.VersionDiff.TextChange;
import org.accord.system.ConflictException;
import org.springframework.stereotype.Component;

/**
 * Compares two versions of a document. Structured versions are compared field by field on their
 * canonical JSON; list items are matched by their natural key, so a reordered list is no change.
 */
@Component
public class VersionComparison {

  static final String JSON = "application/json";

  /** How a type's lists are keyed, and which of its fields are long texts compared by line. */
  private record Shape(Map<String, List<String>> listKeys, Set<String> longTexts) {

    static Shape of(DocumentType type) {
      return switch (type) {
        case CONCEPT_PAPER -> new Shape(Map.of(), Set.of("text"));
        case ACTION_PLAN -> new Shape(Map.of("measures", List.of("title")), Set.of());
        case CALENDAR_OF_EVENTS -> new Shape(Map.of("events", List.of("title", "start")), Set.of());
        case BUDGET -> new Shape(Map.of("lines", List.of("category")), Set.of());
        case STAFF_MATRIX -> new Shape(Map.of("posts", List.of("title", "grade")), Set.of());
      };
    }
  }

  /**
   * Compares two stored versions: structured with structured by field, anything textual by line
   * (structured content then indented, one field per line). Files (PDF, DOCX, ODT) are not compared.
   */
  public VersionDiff compare(DocumentType type, VersionContent from, VersionContent to) {
    if (isStructured(from) && isStructured(to)) {
      return compare(type, utf8(from), utf8(to));
    }
    return compareText(asText(from), asText(to));
  }

  /** Compares the canonical JSON of two versions of the given type. */
  public VersionDiff compare(DocumentType type, String fromJson, String toJson) {
    JsonNode before = CanonicalJson.read(fromJson);
    JsonNode after = CanonicalJson.read(toJson);
    Shape shape = Shape.of(type);
    List<FieldChange> fields = new ArrayList<>();
    List<ListChange> lists = new ArrayList<>();
    List<TextChange> texts = new ArrayList<>();
    for (String name : fieldNames(before, after)) {
      JsonNode was = before.get(name);
      JsonNode is = after.get(name);
      if (Objects.equals(was, is)) {
        continue;
      }
      if (shape.longTexts().contains(name)) {
        texts.add(new TextChange(name, LineDiff.between(textOf(was), textOf(is))));
      } else if (shape.listKeys().containsKey(name) && arrayOrAbsent(was) && arrayOrAbsent(is)) {
        lists.add(listChange(name, shape.listKeys().get(name), was, is));
      } else {
        fields.add(new FieldChange(name, was, is));
      }
    }
    return VersionDiff.structured(fields, lists, texts);
  }

  /**
   * Compares two stored versions as a person reads the changes ({@link VersionChanges}); files are
   * refused as by {@link #compare(DocumentType, VersionContent, VersionContent)}.
   */
  public VersionChanges changes(DocumentType type, int from, VersionContent fromContent, int to,
      VersionContent toContent) {
    return ReadableChanges.of(type, from, to, compare(type, fromContent, toContent));
  }

  /** The natural key of an item of one of the type's lists: {"category": "STAFF"}. */
  static JsonNode keyOf(DocumentType type, String listField, JsonNode item) {
    return key(item, Shape.of(type).listKeys().getOrDefault(listField, List.of()));
  }

  /** A line diff of two plain-text versions. */
  public VersionDiff compareText(String from, String to) {
    return VersionDiff.text(LineDiff.between(from, to));
  }

  private static ListChange listChange(String name, List<String> keyFields, JsonNode was, JsonNode is) {
    Map<JsonNode, JsonNode> before = byKey(was, keyFields);
    Map<JsonNode, JsonNode> after = byKey(is, keyFields);
    List<JsonNode> added = new ArrayList<>();
    List<ItemChange> changed = new ArrayList<>();
    after.forEach((key, item) -> {
      JsonNode earlier = before.get(key);
      if (earlier == null) {
        added.add(item);
      } else if (!earlier.equals(item)) {
        changed.add(new ItemChange(key, fieldChanges(earlier, item)));
      }
    });
    List<JsonNode> removed = before.entrySet().stream()
        .filter(entry -> !after.containsKey(entry.getKey())).map(Map.Entry::getValue).toList();
    return new ListChange(name, added, removed, changed);
  }

  private static List<FieldChange> fieldChanges(JsonNode before, JsonNode after) {
    return fieldNames(before, after).stream()
        .filter(name -> !Objects.equals(before.get(name), after.get(name)))
        .map(name -> new FieldChange(name, before.get(name), after.get(name)))
        .toList();
  }

  private static Map<JsonNode, JsonNode> byKey(JsonNode items, List<String> keyFields) {
    Map<JsonNode, JsonNode> byKey = new LinkedHashMap<>();
    if (items != null) {
      items.forEach(item -> byKey.put(key(item, keyFields), item));
    }
    return byKey;
  }

  private static ObjectNode key(JsonNode item, List<String> keyFields) {
    ObjectNode key = JsonNodeFactory.instance.objectNode();
    keyFields.forEach(field -> key.set(field, item.get(field)));
    return key;
  }

  private static Set<String> fieldNames(JsonNode before, JsonNode after) {
    Set<String> names = new TreeSet<>();
    before.fieldNames().forEachRemaining(names::add);
    after.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static boolean arrayOrAbsent(JsonNode node) {
    return node == null || node.isArray();
  }

  private static String textOf(JsonNode node) {
    return node == null ? null : node.asText();
  }

  private static boolean isStructured(VersionContent content) {
    return content.mediaType().startsWith(JSON);
  }

  private static String asText(VersionContent content) {
    if (isStructured(content)) {
      return CanonicalJson.pretty(CanonicalJson.read(utf8(content)));
    }
    if (!content.isText()) {
      throw new ConflictException("refusal.content.fileNotCompared", content.mediaType());
    }
    return utf8(content);
  }

  private static String utf8(VersionContent content) {
    return new String(content.bytes(), StandardCharsets.UTF_8);
  }
}
