package org.accord.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import java.time.Duration;
import java.util.stream.Stream;
import org.accord.system.AccordClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Wires idempotent requests: the filter on Accord's API, after Spring Security (order 1), and the
 * hourly forgetting of keys older than {@code accord.idempotency.keep} (a day by default: a client
 * retries within minutes).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class IdempotentRequests {

  private static final Logger log = LoggerFactory.getLogger(IdempotentRequests.class);

  private final IdempotencyRepository keys;
  private final AccordClock clock;
  private final Duration keep;

  IdempotentRequests(IdempotencyRepository keys, AccordClock clock,
      @Value("${accord.idempotency.keep:P1D}") Duration keep) {
    this.keys = keys;
    this.clock = clock;
    this.keep = keep;
  }

  @Bean
  FilterRegistrationBean<IdempotencyFilter> idempotencyKeys(ObjectMapper json) {
    var registration = new FilterRegistrationBean<>(new IdempotencyFilter(keys, clock, json));
    registration.addUrlPatterns("/api/*");
    registration.setOrder(1);
    return registration;
  }

  /** Every JSON write of the API says, in the OpenAPI description, that it takes a key. */
  @Bean
  OpenApiCustomizer idempotencyKeyInTheApiDescription() {
    return api -> api.getPaths().forEach((path, item) -> Stream.of(item.getPost(), item.getPut(), item.getPatch())
        .filter(operation -> operation != null && path.startsWith("/api/") && !takesFiles(operation))
        .forEach(operation -> operation.addParametersItem(new HeaderParameter()
            .name(IdempotencyFilter.HEADER)
            .required(false)
            .description("Any unique value (a UUID) the client sends again when it retries this request: the write "
                + "is recorded once, and a retry gets the first answer (header Idempotent-Replayed: true). "
                + "Kept for a day, per user; the same key with another request is refused (422).")
            .schema(new StringSchema().maxLength(255)))));
  }

  private static boolean takesFiles(Operation operation) {
    return operation.getRequestBody() != null && operation.getRequestBody().getContent() != null
        && operation.getRequestBody().getContent().containsKey(MediaType.MULTIPART_FORM_DATA_VALUE);
  }

  @Scheduled(initialDelayString = "PT5M", fixedDelayString = "PT1H")
  void forgetOldKeys() {
    int forgotten = keys.forgetClaimedBefore(clock.now().minus(keep));
    if (forgotten > 0) {
      log.debug("Forgot {} idempotency keys claimed more than {} ago", forgotten, keep);
    }
  }
}
