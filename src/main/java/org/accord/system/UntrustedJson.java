package org.accord.system;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import java.io.IOException;
import java.time.OffsetDateTime;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * JSON from clients is read strictly: a field given twice or a second document after the first is
 * refused rather than one of them silently taken; every text must be storable ({@link Inputs#storable});
 * every date-time falls between the years 1900 and 2200 (beyond, PostgreSQL could not even store it).
 */
@Configuration(proxyBeanMethods = false)
class UntrustedJson {

  static final int EARLIEST_YEAR = 1900;
  static final int LATEST_YEAR = 2200;

  @Bean
  Jackson2ObjectMapperBuilderCustomizer strictReading() {
    return builder -> builder
        .featuresToEnable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION, DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .deserializerByType(String.class, new StorableText())
        .deserializerByType(OffsetDateTime.class, new DateTimeInRange());
  }

  private static final class StorableText extends StdScalarDeserializer<String> {

    StorableText() {
      super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      return Inputs.storable(StringDeserializer.instance.deserialize(parser, context));
    }
  }

  private static final class DateTimeInRange extends StdScalarDeserializer<OffsetDateTime> {

    DateTimeInRange() {
      super(OffsetDateTime.class);
    }

    @Override
    public OffsetDateTime deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      String typed = parser.getText();
      OffsetDateTime time = InstantDeserializer.OFFSET_DATE_TIME.deserialize(parser, context);
      if (time != null && (time.getYear() < EARLIEST_YEAR || time.getYear() > LATEST_YEAR)) {
        throw new InvalidInputException("refusal.input.dateOutOfRange", typed);
      }
      return time;
    }
  }
}
