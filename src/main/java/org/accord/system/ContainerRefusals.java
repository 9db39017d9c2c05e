package org.accord.system;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

/**
 * Tomcat refuses some addresses itself, before Spring sees the request (an encoded slash, NUL or
 * backslash in the path), and answers with its own HTML page naming the server. Its error report is
 * replaced by a problem detail, in the same words as Spring Security's firewall refusals.
 */
@Configuration(proxyBeanMethods = false)
class ContainerRefusals {

  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemDetailsFromTomcat() {
    return factory -> factory.addContextCustomizers(context -> {
      if (context.getParent() instanceof StandardHost host) {
        host.setErrorReportValveClass(ProblemReport.class.getName());
      }
    });
  }

  /** Tomcat's error report as a problem detail; only for what no servlet answered already. */
  public static class ProblemReport extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable failure) {
      int status = response.getStatus();
      if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
        return;
      }
      HttpStatus known = HttpStatus.resolve(status);
      Problem problem = known == HttpStatus.BAD_REQUEST
          ? Problem.of(known, "problem.invalidInput", "problem.rejectedRequest")
          : new Problem(known == null ? HttpStatus.INTERNAL_SERVER_ERROR : known,
              known == null ? "Error" : known.getReasonPhrase(), known == null ? "" : known.getReasonPhrase());
      try {
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        Writer writer = response.getReporter();
        if (writer != null) {
          writer.write("{\"type\":\"about:blank\",\"title\":" + quoted(problem.title()) + ",\"status\":" + status
              + ",\"detail\":" + quoted(problem.detail()) + "}");
          response.finishResponse();
        }
      } catch (IOException | IllegalStateException e) {
        // the client is gone, or the response was committed meanwhile: nothing more to tell
      }
    }

    private static String quoted(String text) {
      StringBuilder json = new StringBuilder("\"");
      for (char c : text.toCharArray()) {
        switch (c) {
          case '"' -> json.append("\\\"");
          case '\\' -> json.append("\\\\");
          default -> {
            if (c < 0x20) {
              json.append(String.format("\\u%04x", (int) c));
            } else {
              json.append(c);
            }
          }
        }
      }
      return json.append('"').toString();
    }
  }
}
