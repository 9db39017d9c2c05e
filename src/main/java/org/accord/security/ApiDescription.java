package org.accord.security;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description says how the API is signed in to: HTTP Basic with an Accord user, which gives
 * Swagger UI its Authorize button. Without it, Swagger UI rides on the browser session and sends its CSRF
 * token ({@link CsrfTokens}).
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

  static final String BASIC = "basic";

  @Bean
  OpenAPI accordApi() {
    return new OpenAPI()
        .info(new Info().title("Accord API")
            .description("The document approval cycles of the forum: documents, rounds, positions, meetings,"
                + " silence procedures and decisions."))
        .components(new Components().addSecuritySchemes(BASIC, new SecurityScheme()
            .type(SecurityScheme.Type.HTTP).scheme("basic")
            .description("An Accord user name and password")))
        .addSecurityItem(new SecurityRequirement().addList(BASIC));
  }
}
