package org.accord.it;

import static org.accord.it.Procedure.ok;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.accord.document.Documents;
import org.camunda.bpm.admin.impl.web.AdminApplication;
import org.camunda.bpm.cockpit.impl.web.CockpitApplication;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.engine.rest.impl.NamedProcessEngineRestServiceImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.tasklist.impl.web.TasklistApplication;
import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;
import org.camunda.bpm.welcome.impl.web.WelcomeApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.actuate.endpoint.web.ExposableWebEndpoint;
import org.springframework.boot.actuate.endpoint.web.WebEndpointsSupplier;
import org.springframework.boot.actuate.endpoint.web.WebOperation;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who reaches what, endpoint by endpoint and role by role, compared with a checked-in table
 * ({@code src/test/resources/authorization-matrix.tsv}).
 *
 * <p>The endpoints are read from the running application, never listed by hand: Spring MVC's
 * handler mapping (Accord's API and pages), the engine REST API's JAX-RS resources under
 * {@code /engine-rest} (every resource method, sub-resources followed), the JAX-RS applications of
 * Camunda's webapps under {@code /camunda/api} (admin, cockpit, tasklist, welcome and the engine
 * API, with their plugins), and actuator's web endpoints. Each is called as every role: machine
 * paths ({@code /api}, {@code /engine-rest}, {@code /v3/api-docs}, {@code /actuator}) with HTTP
 * Basic, pages and Camunda's webapps with a signed-in session carrying the CSRF tokens.
 *
 * <p>A cell says what security decided, not what the business did: {@code ALLOWED} (2xx, or a
 * redirect elsewhere than the login page), {@code INVALID} (another 4xx but 404: the request got
 * past security and was refused for its content), {@code NOT_FOUND}, {@code FORBIDDEN} (403),
 * {@code UNAUTHENTICATED} (401, or a redirect to the login page), {@code SIGNED_OUT} (a redirect to
 * the login page that says so), {@code ERROR} (5xx). A read is
 * asked of this run's own document, meeting, process instance and task where the path names one;
 * a write is sent with dummy ids and a malformed body, so that a caller let through gets a 4xx and
 * nothing changes: the table is the same from run to run.
 *
 * <p>What a cell cannot say: a write is judged by the URL rules of Spring Security and Camunda's
 * webapp filters, not by a check made after its body is read. Accord's API commands and Camunda's
 * engine authorizations on writes therefore show {@code INVALID} for every signed-in role (their
 * per-role refusals are proven by {@code SecurityIT} and the journeys), and a page's form, which
 * shows a refusal in place, shows {@code ALLOWED}. A list query shows whether the caller may ask,
 * not what Camunda's authorizations filter out of the answer.
 *
 * <p>An endpoint missing from the table, a row for an endpoint that is gone, and every cell that
 * differs fail the test, each listed. After a deliberate change of security, record the table
 * again and review its diff:
 *
 * <pre>./mvnw -o verify -Dit.test=AuthorizationMatrixIT -Dtest=None -Dsurefire.failIfNoSpecifiedTests=false -Daccord.matrix.record=true</pre>
 */
@AccordIntegrationTest
class AuthorizationMatrixIT {

  static final String TABLE = "authorization-matrix.tsv";
  private static final String RECORD = "accord.matrix.record";

  /** The columns: a role's name, and the demo user who plays it (none for the anonymous caller). */
  private static final Map<String, String> ROLES = roles();
  private static final String ACTING_CHAIR = "th.delegate2";
  private static final String DUMMY = "0";
  /** The paths of SecurityConfiguration's machine chain, which takes HTTP Basic; the browser chain takes a session. */
  private static final Pattern MACHINE_PATHS = Pattern.compile("/(api|engine-rest|v3/api-docs|actuator)(/.*)?");
  /** Query parameters a read cannot do without, so that it reaches the check it is guarded by. */
  private static final Map<String, String> REQUIRED_QUERIES = Map.of(
      "/api/acting-chairs", "body=SOC_CHAIR",
      "/camunda/api/admin/plugin/adminPlugins/{engine}/metrics/aggregated",
      "subscriptionStartDate=2026-01-01T00:00:00.000%2B0000&groupBy=month&metrics=process-instances");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}/:]+)(?::[^}]*)?}");
  private static final Set<String> ENGINE_NAMES = Set.of("engine", "name", "engineName", "processEngineName");
  private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

  @Autowired TestRestTemplate rest;
  @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mvc;
  @Autowired WebEndpointsSupplier actuator;
  @Autowired Documents documents;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired RepositoryService repository;

  /** One endpoint: an HTTP method and a path template, as the table names it. */
  record Endpoint(String method, String path) implements Comparable<Endpoint> {

    String key() {
      return method + " " + path;
    }

    boolean machine() {
      return MACHINE_PATHS.matcher(path).matches();
    }

    boolean write() {
      return !method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS");
    }

    @Override
    public int compareTo(Endpoint other) {
      int byPath = path.compareTo(other.path);
      return byPath != 0 ? byPath : method.compareTo(other.method);
    }
  }

  @Test
  void shouldLetEveryRoleReachExactlyWhatTheCheckedInMatrixSays() throws Exception {
    // given a document of Kazakhstan in its first round, a meeting, and an acting SOC Chair
    Api api = new Api(rest);
    Procedure procedure = new Procedure(api);
    long document = api.documentInFirstRound("Authorization matrix");
    long meeting = procedure.convene("Authorization matrix meeting", OffsetDateTime.now(ZoneOffset.UTC).plusDays(30),
        "VIDEOCONFERENCE", null);
    JsonNode designation = ok(api.post("soc.chair", "/api/acting-chairs", Map.of("body", "SOC_CHAIR",
        "user", ACTING_CHAIR, "endsAt", Instant.now().plus(Duration.ofHours(2)).toString(),
        "reason", "Authorization matrix")));
    try {
      Ids ids = ids(document, meeting);
      Callers callers = new Callers(rest.getRootUri());

      // when every endpoint of the running application is called as every role
      Map<Endpoint, List<String>> observed = new TreeMap<>();
      long began = System.nanoTime();
      for (Endpoint endpoint : endpoints()) {
        List<String> row = new ArrayList<>();
        for (Map.Entry<String, String> role : ROLES.entrySet()) {
          row.add(callers.call(role.getKey(), role.getValue(), endpoint, ids));
        }
        observed.put(endpoint, row);
      }
      System.out.printf("Authorization matrix: %d endpoints x %d roles called in %d s%n", observed.size(),
          ROLES.size(), Duration.ofNanos(System.nanoTime() - began).toSeconds());

      // then the outcomes are those of the checked-in table
      if (Boolean.getBoolean(RECORD)) {
        java.nio.file.Path source = java.nio.file.Path.of("src", "test", "resources", TABLE);
        Files.writeString(source, format(observed));
        System.out.println("Authorization matrix recorded: " + observed.size() + " endpoints x " + ROLES.size()
            + " roles, in " + source.toAbsolutePath());
        return;
      }
      String differences = compare(read(), observed);
      if (!differences.isEmpty()) {
        throw new AssertionError("The authorization matrix (" + observed.size() + " endpoints x " + ROLES.size()
            + " roles) differs from " + TABLE + "; if the change is meant, record it again with -D" + RECORD
            + "=true and review the diff.\n" + differences);
      }
    } finally {
      api.post("soc.chair", "/api/acting-chairs/" + designation.get("id").asLong() + "/end", Map.of());
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The endpoints, as the running application has them

  private Set<Endpoint> endpoints() {
    Set<Endpoint> endpoints = new TreeSet<>();
    // Spring Security's own endpoints: filters, which no handler mapping lists.
    endpoints.addAll(List.of(new Endpoint("POST", "/login"), new Endpoint("GET", "/logout"),
        new Endpoint("POST", "/logout")));
    mvcEndpoints(endpoints);
    actuatorEndpoints(endpoints);
    for (Class<?> root : CamundaRestResources.getResourceClasses()) {
      // The named engine's sub-resources are the same classes as the default engine's roots.
      jaxRs(root, "/engine-rest", root != NamedProcessEngineRestServiceImpl.class, endpoints);
    }
    webapp(new EngineRestApplication(), "/camunda/api/engine", endpoints);
    webapp(new AdminApplication(), "/camunda/api/admin", endpoints);
    webapp(new CockpitApplication(), "/camunda/api/cockpit", endpoints);
    webapp(new TasklistApplication(), "/camunda/api/tasklist", endpoints);
    webapp(new WelcomeApplication(), "/camunda/api/welcome", endpoints);
    return endpoints;
  }

  private void mvcEndpoints(Set<Endpoint> endpoints) {
    for (RequestMappingInfo mapping : mvc.getHandlerMethods().keySet()) {
      Set<RequestMethod> methods = mapping.getMethodsCondition().getMethods();
      for (String pattern : mapping.getPatternValues()) {
        if (methods.isEmpty()) {
          endpoints.add(new Endpoint("GET", template(pattern)));
        }
        methods.forEach(method -> endpoints.add(new Endpoint(method.name(), template(pattern))));
      }
    }
  }

  private void actuatorEndpoints(Set<Endpoint> endpoints) {
    endpoints.add(new Endpoint("GET", "/actuator"));
    for (ExposableWebEndpoint endpoint : actuator.getEndpoints()) {
      for (WebOperation operation : endpoint.getOperations()) {
        String path = "/actuator/" + operation.getRequestPredicate().getPath();
        endpoints.add(new Endpoint(operation.getRequestPredicate().getHttpMethod().name(), template(path)));
      }
    }
  }

  private static void webapp(jakarta.ws.rs.core.Application application, String prefix, Set<Endpoint> endpoints) {
    for (Class<?> type : application.getClasses()) {
      if (annotation(type, Path.class) != null) {
        jaxRs(type, prefix, true, endpoints);
      }
    }
  }

  private static void jaxRs(Class<?> root, String prefix, boolean followLocators, Set<Endpoint> endpoints) {
    resource(root, prefix + "/" + annotation(root, Path.class).value(), followLocators, endpoints, 0);
  }

  /** A JAX-RS resource's methods, and its sub-resources' through their locators (a path, no HTTP method). */
  private static void resource(Class<?> type, String prefix, boolean followLocators, Set<Endpoint> endpoints,
      int depth) {
    if (depth > 6) {
      throw new AssertionError("Sub-resources nested too deep under " + prefix);
    }
    for (Method method : resourceMethods(type)) {
      Path path = method.getAnnotation(Path.class);
      String full = path == null ? prefix : prefix + "/" + path.value();
      String http = httpMethod(method);
      if (http != null) {
        endpoints.add(new Endpoint(http, template(full)));
      } else if (path != null && followLocators && method.getReturnType() != Object.class) {
        resource(method.getReturnType(), full, true, endpoints, depth + 1);
      }
    }
  }

  /** Methods of the type, its superclasses and interfaces that JAX-RS annotates, each signature once. */
  private static List<Method> resourceMethods(Class<?> type) {
    Map<String, Method> methods = new LinkedHashMap<>();
    Set<Class<?>> types = new LinkedHashSet<>();
    hierarchy(type, types);
    for (Class<?> each : types) {
      for (Method method : each.getDeclaredMethods()) {
        if (Modifier.isPublic(method.getModifiers()) && !method.isSynthetic()
            && (method.isAnnotationPresent(Path.class) || httpMethod(method) != null)) {
          methods.putIfAbsent(method.getName() + List.of(method.getParameterTypes()), method);
        }
      }
    }
    return new ArrayList<>(methods.values());
  }

  private static void hierarchy(Class<?> type, Set<Class<?>> types) {
    if (type == null || type == Object.class || !types.add(type)) {
      return;
    }
    hierarchy(type.getSuperclass(), types);
    for (Class<?> implemented : type.getInterfaces()) {
      hierarchy(implemented, types);
    }
  }

  private static String httpMethod(Method method) {
    for (Annotation annotation : method.getAnnotations()) {
      HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
      if (http != null) {
        return http.value();
      }
    }
    return null;
  }

  private static <A extends Annotation> A annotation(Class<?> type, Class<A> kind) {
    Set<Class<?>> types = new LinkedHashSet<>();
    hierarchy(type, types);
    return types.stream().map(each -> each.getAnnotation(kind)).filter(a -> a != null).findFirst().orElse(null);
  }

  /** A path as the table names it: single slashes, no trailing slash, placeholders without their patterns. */
  private static String template(String path) {
    String single = PLACEHOLDER.matcher(path.replaceAll("/+", "/")).replaceAll("{$1}");
    return single.length() > 1 && single.endsWith("/") ? single.substring(0, single.length() - 1) : single;
  }

  // ---------------------------------------------------------------------------------------------
  // The ids a read is asked with

  /** Real ids by the path segment that names the resource; whatever else a path names gets a dummy. */
  record Ids(Map<String, String> bySegment) {

    String concrete(Endpoint endpoint) {
      Matcher placeholder = PLACEHOLDER.matcher(endpoint.path());
      StringBuilder path = new StringBuilder();
      while (placeholder.find()) {
        String before = endpoint.path().substring(0, placeholder.start());
        String segment = before.endsWith("/") ? lastSegment(before.substring(0, before.length() - 1)) : "";
        String name = placeholder.group(1);
        String value = ENGINE_NAMES.contains(name) ? "default"
            : name.equals("*path") ? "db"
            : endpoint.write() ? DUMMY
            : bySegment.getOrDefault(segment + "/" + name, bySegment.getOrDefault(segment, DUMMY));
        placeholder.appendReplacement(path, Matcher.quoteReplacement(URLEncoder.encode(value, StandardCharsets.UTF_8)));
      }
      placeholder.appendTail(path);
      String query = endpoint.write() ? null : REQUIRED_QUERIES.get(endpoint.path());
      return query == null ? path.toString() : path + "?" + query;
    }

    private static String lastSegment(String path) {
      return path.substring(path.lastIndexOf('/') + 1);
    }
  }

  private Ids ids(long document, long meeting) {
    String businessKey = ProcessKeys.of(documents, document);
    ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
        .processDefinitionKey("document-approval").singleResult();
    String task = tasks.createTaskQuery().processInstanceBusinessKey(businessKey).taskCandidateGroup("delegation-kz")
        .singleResult().getId();
    Map<String, String> ids = new HashMap<>();
    ids.put("documents", String.valueOf(document));
    ids.put("meetings", String.valueOf(meeting));
    ids.put("versions", "1");
    ids.put("diff", "1");
    ids.put("process-definition", instance.getProcessDefinitionId());
    ids.put("key", "document-approval");
    ids.put("process-instance", instance.getId());
    ids.put("execution", instance.getId());
    ids.put("task", task);
    ids.put("deployment", repository.getProcessDefinition(instance.getProcessDefinitionId()).getDeploymentId());
    ids.put("user", "kz.delegate1");
    ids.put("group", "delegation-kz");
    return new Ids(ids);
  }

  // ---------------------------------------------------------------------------------------------
  // The callers

  /** Every role's way in: HTTP Basic on machine paths, a signed-in session (with its CSRF tokens) on the rest. */
  static final class Callers {

    private final String root;
    private final HttpClient basic = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, Session> sessions = new HashMap<>();

    Callers(String root) {
      this.root = root;
    }

    String call(String role, String user, Endpoint endpoint, Ids ids) throws IOException, InterruptedException {
      String path = ids.concrete(endpoint);
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root + path)).timeout(Duration.ofSeconds(30))
          .header("Accept", "application/json, text/html;q=0.9, */*;q=0.8");
      if (endpoint.machine()) {
        if (user != null) {
          String credentials = user + ":" + Api.DEMO_PASSWORD;
          request.header("Authorization",
              "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        body(request, endpoint, "application/json", "{");
        return outcome(basic.send(request.build(), HttpResponse.BodyHandlers.discarding()));
      }
      // Signing in or out changes the session: such an endpoint gets a session of its own.
      boolean changesSession = path.contains("/login") || path.contains("/logout");
      Session session = changesSession ? new Session(root, user) : sessions.computeIfAbsent(role, r -> new Session(root, user));
      if (endpoint.write()) {
        session.tokens(request, path);
      }
      if (path.startsWith("/camunda/")) {
        body(request, endpoint, "application/json", "{");
      } else {
        body(request, endpoint, "application/x-www-form-urlencoded", "");
      }
      return outcome(session.client.send(request.build(), HttpResponse.BodyHandlers.discarding()));
    }

    private static void body(HttpRequest.Builder request, Endpoint endpoint, String type, String body) {
      if (endpoint.write()) {
        request.header("Content-Type", type).method(endpoint.method(), HttpRequest.BodyPublishers.ofString(body));
      } else {
        request.method(endpoint.method(), HttpRequest.BodyPublishers.noBody());
      }
    }

    /** What security decided, in the table's words. */
    private static String outcome(HttpResponse<?> response) {
      int status = response.statusCode();
      String location = response.headers().firstValue("Location").orElse("");
      boolean toLogin = status >= 300 && status < 400 && URI.create(location).getPath().endsWith("/login");
      if (toLogin && "logout".equals(URI.create(location).getQuery())) {
        return "SIGNED_OUT";
      }
      if (status == 401 || toLogin) {
        return "UNAUTHENTICATED";
      }
      if (status < 400) {
        return "ALLOWED";
      }
      return switch (status) {
        case 403 -> "FORBIDDEN";
        case 404 -> "NOT_FOUND";
        default -> status >= 500 ? "ERROR" : "INVALID";
      };
    }
  }

  /** A browser's session: form login, Spring's CSRF token from a page, Camunda's from its cookie. */
  static final class Session {

    private final String root;
    private final CookieManager cookies = new CookieManager();
    final HttpClient client;
    private String csrf;

    Session(String root, String user) {
      this.root = root;
      this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
          .followRedirects(HttpClient.Redirect.NEVER).build();
      try {
        String loginPage = get("/login").body();
        csrf = csrfField(loginPage);
        if (user != null) {
          String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
              + Api.DEMO_PASSWORD + "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
          HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(root + "/login"))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
          if (login.statusCode() != 302 || login.headers().firstValue("Location").orElse("").contains("error")) {
            throw new AssertionError(user + " could not sign in: " + login.statusCode());
          }
          // A new session after sign-in, with a new token.
          csrf = csrfField(get("/preferences").body());
          // As a browser does: opening a webapp signs the user in to Camunda's webapps too (single sign-on).
          get("/camunda/app/tasklist/default/");
        }
      } catch (IOException | InterruptedException e) {
        throw new IllegalStateException(e);
      }
    }

    void tokens(HttpRequest.Builder request, String path) {
      request.header("X-CSRF-TOKEN", csrf);
      if (path.startsWith("/camunda/")) {
        cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
            .map(HttpCookie::getValue).findFirst().ifPresent(token -> request.header("X-XSRF-TOKEN", token));
      }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
      return client.send(HttpRequest.newBuilder(URI.create(root + path)).header("Accept", "text/html,application/json")
          .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String csrfField(String page) {
      Matcher field = CSRF_FIELD.matcher(page);
      if (!field.find()) {
        throw new AssertionError("The page carries no CSRF token");
      }
      return field.group(1);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The table

  private static String format(Map<Endpoint, List<String>> observed) {
    StringBuilder table = new StringBuilder("method\tpath\t" + String.join("\t", ROLES.keySet()) + "\n");
    observed.forEach((endpoint, row) ->
        table.append(endpoint.method()).append('\t').append(endpoint.path()).append('\t')
            .append(String.join("\t", row)).append('\n'));
    return table.toString();
  }

  private static Map<String, List<String>> read() throws IOException {
    ClassPathResource resource = new ClassPathResource(TABLE);
    if (!resource.exists()) {
      throw new AssertionError(TABLE + " is missing; record it with -D" + RECORD + "=true");
    }
    List<String> lines = new String(resource.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    List<String> header = List.of(lines.get(0).split("\t"));
    if (!header.subList(2, header.size()).equals(List.copyOf(ROLES.keySet()))) {
      throw new AssertionError(TABLE + " has the columns " + header + ", the test the roles " + ROLES.keySet());
    }
    Map<String, List<String>> table = new LinkedHashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      if (!line.isBlank()) {
        List<String> cells = List.of(line.split("\t"));
        table.put(cells.get(0) + " " + cells.get(1), cells.subList(2, cells.size()));
      }
    }
    return table;
  }

  private static String compare(Map<String, List<String>> expected, Map<Endpoint, List<String>> observed) {
    List<String> missing = new ArrayList<>();
    List<String> mismatches = new ArrayList<>();
    List<String> roles = List.copyOf(ROLES.keySet());
    for (Map.Entry<Endpoint, List<String>> row : observed.entrySet()) {
      List<String> cells = expected.get(row.getKey().key());
      if (cells == null) {
        missing.add(row.getKey().key() + "  " + row.getValue());
        continue;
      }
      for (int i = 0; i < roles.size(); i++) {
        String wanted = i < cells.size() ? cells.get(i) : "";
        if (!wanted.equals(row.getValue().get(i))) {
          mismatches.add(row.getKey().key() + " as " + roles.get(i) + ": expected " + wanted + ", observed "
              + row.getValue().get(i));
        }
      }
    }
    Set<String> present = new TreeSet<>();
    observed.keySet().forEach(endpoint -> present.add(endpoint.key()));
    List<String> gone = expected.keySet().stream().filter(key -> !present.contains(key)).toList();
    StringBuilder report = new StringBuilder();
    section(report, "Endpoints missing from the table", missing);
    section(report, "Rows for endpoints that no longer exist", gone);
    section(report, "Cells that differ", mismatches);
    return report.toString();
  }

  private static void section(StringBuilder report, String title, List<String> lines) {
    if (!lines.isEmpty()) {
      report.append(title).append(" (").append(lines.size()).append("):\n");
      lines.forEach(line -> report.append("  ").append(line).append('\n'));
    }
  }

  private static Map<String, String> roles() {
    Map<String, String> roles = new LinkedHashMap<>();
    roles.put("anonymous", null);
    roles.put("delegate", "kz.delegate1");
    roles.put("other-state-delegate", "ru.delegate1");
    roles.put("observer", "un.observer");
    roles.put("secretariat", "secretariat.officer");
    roles.put("swg-chair", "swg.chair");
    roles.put("soc-chair", "soc.chair");
    roles.put("acting-soc-chair", ACTING_CHAIR);
    roles.put("administrator", "admin");
    return roles;
  }
}
