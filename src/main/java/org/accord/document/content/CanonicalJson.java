package org.accord.document.content;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.accord.system.InvalidInputException;

/**
 * Accord's own JSON settings for content, independent of the application's ObjectMapper: the
 * canonical form (and so every stored hash) must not change when someone tunes spring.jackson.
 * Keys are sorted, absent optional fields are omitted, amounts keep their two decimals.
 */
final class CanonicalJson {

  private static final JsonMapper MAPPER = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
      .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
      .build();

  private CanonicalJson() {}

  /** Parses content as a tree with exact decimals; malformed JSON is the uploader's to fix. */
  static JsonNode read(String json) {
    if (json == null || json.isBlank()) {
      throw new InvalidInputException("refusal.content.blank");
    }
    try {
      return MAPPER.readTree(json);
    } catch (JacksonException e) {
      JsonLocation where = e.getLocation();
      // the parser's own explanation is English only; Accord words where it stopped
      if (where == null) {
        throw new InvalidInputException("refusal.content.notJson", e.getOriginalMessage());
      }
      throw new InvalidInputException("refusal.content.notJsonAt", where.getLineNr(), where.getColumnNr(),
          e.getOriginalMessage());
    }
  }

  static String write(Object content) {
    try {
      return MAPPER.writeValueAsString(content);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Validated content always serialises", e);
    }
  }

  /** Indented, so that a line diff against a plain-text version shows one field per line. */
  static String pretty(JsonNode tree) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A parsed tree always serialises", e);
    }
  }
}
