package org.accord.document;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Between the revision form and a version's structured content: the form as typed becomes the JSON
 * the API takes for the document's type (README, "Structured content"), and the latest version's
 * JSON fills the form the coordinator revises. It judges nothing: blank fields are left out and text
 * where a number belongs is passed on, so that the content's own validation ({@code ContentRules})
 * says what is wrong, naming the field; {@link #fieldOf} finds that field in the form again.
 */
final class RevisionContent {

  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
  private static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .build();
  /** "1320,5" or "1 320 000,50": a comma before the last one or two digits marks the decimals. */
  private static final Pattern DECIMAL_COMMA = Pattern.compile("^[^,]*,\\d{1,2}$");
  private static final Pattern STATE_SEPARATORS = Pattern.compile("[\\s,;]+");
  /** A field path as the content's validation names it, at the start of its message: events[2].end, year. */
  private static final Pattern FIELD_PATH = Pattern.compile(
      "^(?:(measures|events|lines|posts)\\[(\\d+)](?:\\.(?:timeline\\.)?(\\w+))?"
          + "|(priorityArea|dimension|coordinators|coCoordinators|text|year|currency|measures|events|lines|posts)\\b)");

  private RevisionContent() {}

  /** Where a refusal of the content points in the form: a table's row and column, or a field of its own. */
  record Field(String table, Integer row, String column) {

    /** The id of the input in the form ({@code revision-events-2-end}), or of the row or field. */
    public String inputId() {
      if (table == null) {
        return "revision-" + column;
      }
      return "revision-" + table + "-" + row + (column == null ? "" : "-" + column);
    }
  }

  // ---- the form as JSON ----

  /** The JSON of the form for the type, blank fields and rows left out. */
  static String json(DocumentType type, RevisionForm form) {
    ObjectNode content = NODES.objectNode();
    switch (type) {
      case CONCEPT_PAPER -> {
        text(content, "priorityArea", form.getPriorityArea());
        text(content, "dimension", form.getDimension());
        content.set("coordinators", states(form.getCoordinators()));
        content.set("coCoordinators", states(form.getCoCoordinators()));
        if (form.getText() != null && !form.getText().isBlank()) {
          content.put("text", form.getText());
        }
      }
      case ACTION_PLAN -> content.set("measures", rows(form.getMeasures(), measure -> {
        ObjectNode node = NODES.objectNode();
        text(node, "title", measure.getTitle());
        text(node, "dimension", measure.getDimension());
        text(node, "priorityArea", measure.getPriorityArea());
        node.set("coordinators", states(splitStates(measure.getCoordinators())));
        ObjectNode timeline = NODES.objectNode();
        text(timeline, "start", measure.getStart());
        text(timeline, "end", measure.getEnd());
        if (!timeline.isEmpty()) {
          node.set("timeline", timeline);
        }
        text(node, "description", measure.getDescription());
        return node;
      }));
      case CALENDAR_OF_EVENTS -> {
        whole(content, "year", form.getYear());
        content.set("events", rows(form.getEvents(), event -> {
          ObjectNode node = NODES.objectNode();
          text(node, "title", event.getTitle());
          text(node, "start", event.getStart());
          text(node, "end", event.getEnd());
          text(node, "format", event.getFormat());
          text(node, "hostState", event.getHostState());
          text(node, "dimension", event.getDimension());
          text(node, "description", event.getDescription());
          return node;
        }));
      }
      case BUDGET -> {
        whole(content, "year", form.getYear());
        content.set("lines", rows(form.getLines(), line -> {
          ObjectNode node = NODES.objectNode();
          text(node, "category", line.getCategory());
          amount(node, "amount", line.getAmount());
          text(node, "currency", line.getCurrency());
          return node;
        }));
      }
      case STAFF_MATRIX -> {
        whole(content, "year", form.getYear());
        text(content, "currency", form.getCurrency());
        content.set("posts", rows(form.getPosts(), post -> {
          ObjectNode node = NODES.objectNode();
          text(node, "title", post.getTitle());
          text(node, "grade", post.getGrade());
          whole(node, "number", post.getNumber());
          amount(node, "annualCost", post.getAnnualCost());
          return node;
        }));
      }
    }
    try {
      return MAPPER.writeValueAsString(content);
    } catch (JacksonException e) {
      throw new IllegalStateException("A tree of text and numbers always serialises", e);
    }
  }

  /** The member-state codes typed in one field ("TR, AZ" or "tr az"), in capitals. */
  static List<String> splitStates(String typed) {
    if (typed == null || typed.isBlank()) {
      return List.of();
    }
    return Arrays.stream(STATE_SEPARATORS.split(typed.strip())).filter(code -> !code.isBlank())
        .map(code -> code.toUpperCase(Locale.ROOT)).toList();
  }

  private static <R extends RevisionForm.Row> ArrayNode rows(List<R> rows, Function<R, ObjectNode> node) {
    ArrayNode array = NODES.arrayNode();
    rows.stream().filter(row -> row != null && !row.blank()).map(node).forEach(array::add);
    return array;
  }

  private static ArrayNode states(List<String> codes) {
    ArrayNode array = NODES.arrayNode();
    codes.stream().filter(code -> code != null && !code.isBlank()).forEach(array::add);
    return array;
  }

  private static void text(ObjectNode node, String name, String typed) {
    if (typed != null && !typed.isBlank()) {
      node.put(name, typed.strip());
    }
  }

  /** A whole number as a number; anything else as typed, for the validation to name. */
  private static void whole(ObjectNode node, String name, String typed) {
    if (typed == null || typed.isBlank()) {
      return;
    }
    String digits = typed.strip().replaceAll("[\\s\u00a0\u202f]", "");
    if (digits.matches("-?\\d{1,9}")) {
      node.put(name, Integer.parseInt(digits));
    } else {
      node.put(name, typed.strip());
    }
  }

  /**
   * An amount as a number, however it was typed: "1 320 000,50" (a Russian keyboard's way) reads as
   * "1,320,000.50" does; anything else as typed, for the validation to name.
   */
  private static void amount(ObjectNode node, String name, String typed) {
    if (typed == null || typed.isBlank()) {
      return;
    }
    String plain = typed.strip().replaceAll("[\\s\u00a0\u202f']", "");
    boolean decimalComma = !plain.contains(".") && DECIMAL_COMMA.matcher(plain).find();
    plain = decimalComma ? plain.replace(',', '.') : plain.replace(",", "");
    try {
      node.put(name, new BigDecimal(plain));
    } catch (NumberFormatException e) {
      node.put(name, typed.strip());
    }
  }

  // ---- a version's JSON as the form ----

  /** The form filled with a version's structured content, so that a revision starts from the text as it stands. */
  static RevisionForm form(DocumentType type, String json) {
    RevisionForm form = new RevisionForm();
    JsonNode content;
    try {
      content = MAPPER.readTree(json);
    } catch (JacksonException e) {
      return form;
    }
    switch (type) {
      case CONCEPT_PAPER -> {
        form.setPriorityArea(text(content, "priorityArea"));
        form.setDimension(text(content, "dimension"));
        form.setCoordinators(codes(content.path("coordinators")));
        form.setCoCoordinators(codes(content.path("coCoordinators")));
        form.setText(text(content, "text"));
      }
      case ACTION_PLAN -> content.path("measures").forEach(node -> {
        RevisionForm.Measure measure = new RevisionForm.Measure();
        measure.setTitle(text(node, "title"));
        measure.setDimension(text(node, "dimension"));
        measure.setPriorityArea(text(node, "priorityArea"));
        measure.setCoordinators(String.join(", ", codes(node.path("coordinators"))));
        measure.setStart(text(node.path("timeline"), "start"));
        measure.setEnd(text(node.path("timeline"), "end"));
        measure.setDescription(text(node, "description"));
        form.getMeasures().add(measure);
      });
      case CALENDAR_OF_EVENTS -> {
        form.setYear(text(content, "year"));
        content.path("events").forEach(node -> {
          RevisionForm.Event event = new RevisionForm.Event();
          event.setTitle(text(node, "title"));
          event.setStart(text(node, "start"));
          event.setEnd(text(node, "end"));
          event.setFormat(text(node, "format"));
          event.setHostState(text(node, "hostState"));
          event.setDimension(text(node, "dimension"));
          event.setDescription(text(node, "description"));
          form.getEvents().add(event);
        });
      }
      case BUDGET -> {
        form.setYear(text(content, "year"));
        content.path("lines").forEach(node -> {
          RevisionForm.Line line = new RevisionForm.Line();
          line.setCategory(text(node, "category"));
          line.setAmount(text(node, "amount"));
          line.setCurrency(text(node, "currency"));
          form.getLines().add(line);
        });
      }
      case STAFF_MATRIX -> {
        form.setYear(text(content, "year"));
        form.setCurrency(text(content, "currency"));
        content.path("posts").forEach(node -> {
          RevisionForm.Post post = new RevisionForm.Post();
          post.setTitle(text(node, "title"));
          post.setGrade(text(node, "grade"));
          post.setNumber(text(node, "number"));
          post.setAnnualCost(text(node, "annualCost"));
          form.getPosts().add(post);
        });
      }
    }
    return form;
  }

  private static String text(JsonNode node, String name) {
    JsonNode value = node.path(name);
    if (value.isMissingNode() || value.isNull()) {
      return null;
    }
    return value.isBigDecimal() ? value.decimalValue().toPlainString() : value.asText();
  }

  private static List<String> codes(JsonNode array) {
    List<String> codes = new ArrayList<>();
    array.forEach(code -> codes.add(code.asText()));
    return codes;
  }

  // ---- a refusal's field ----

  /** The field of the form that a refusal of the content names, when it names one. */
  static Optional<Field> fieldOf(String refusal) {
    if (refusal == null) {
      return Optional.empty();
    }
    Matcher path = FIELD_PATH.matcher(refusal);
    if (!path.find()) {
      return Optional.empty();
    }
    if (path.group(1) != null) {
      // A measure's timeline is two inputs: a refusal of the whole timeline points at its first month.
      String column = "timeline".equals(path.group(3)) ? "start" : path.group(3);
      return Optional.of(new Field(path.group(1), Integer.parseInt(path.group(2)), column));
    }
    return Optional.of(new Field(null, null, path.group(4)));
  }
}
