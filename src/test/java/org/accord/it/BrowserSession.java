package org.accord.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a browser does against Accord and Camunda's webapps: a form login, a session cookie, and
 * Camunda's own CSRF token echoed in a header on every change.
 */
final class BrowserSession {

  private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

  private final String root;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient client;

  BrowserSession(String root) {
    this.root = root;
    this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  /** A session signed in as the demo user, through the login form. */
  static BrowserSession signedIn(String root, String user) throws IOException, InterruptedException {
    BrowserSession browser = new BrowserSession(root);
    assertThat(browser.login(user, Api.DEMO_PASSWORD)).as("%s signs in", user).isEqualTo(302);
    return browser;
  }

  /** The page's HTML, once it was answered 200 (the body is the message otherwise). */
  static String shown(HttpResponse<String> page) {
    assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
    return page.body();
  }

  /** Signs in through the login form; returns the status of the form post (302 on success). */
  int login(String user, String password) throws IOException, InterruptedException {
    Matcher csrf = CSRF_FIELD.matcher(get("/login").body());
    if (!csrf.find()) {
      throw new AssertionError("The login page carries no CSRF token");
    }
    String form = "username=" + encode(user) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
    return client.send(HttpRequest.newBuilder(URI.create(root + "/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
        HttpResponse.BodyHandlers.ofString()).statusCode();
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return get(path, "text/html,application/json");
  }

  /** A get that accepts what the caller names: Camunda's generated forms come as application/xhtml+xml. */
  HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
    return client.send(HttpRequest.newBuilder(URI.create(root + path)).header("Accept", accept).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Any request in this session: its cookies, and the headers given (name, value, name, value, ...). */
  HttpResponse<String> send(String method, String path, String body, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The value of a cookie this session holds, if any. */
  java.util.Optional<String> cookie(String name) {
    return cookies.getCookieStore().getCookies().stream()
        .filter(cookie -> cookie.getName().equals(name))
        .map(HttpCookie::getValue)
        .findFirst();
  }

  /** A JSON post to Camunda's webapp API, with the XSRF token Camunda set in a cookie. */
  HttpResponse<String> postToCamunda(String path, String json) throws IOException, InterruptedException {
    return sendToCamunda("POST", path, json);
  }

  HttpResponse<String> putToCamunda(String path, String json) throws IOException, InterruptedException {
    return sendToCamunda("PUT", path, json);
  }

  private HttpResponse<String> sendToCamunda(String method, String path, String json)
      throws IOException, InterruptedException {
    return client.send(HttpRequest.newBuilder(URI.create(root + path))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .header("X-XSRF-TOKEN", camundaCsrfToken())
            .method(method, HttpRequest.BodyPublishers.ofString(json)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private String camundaCsrfToken() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue)
        .findFirst()
        .orElseThrow(() -> new AssertionError("Camunda set no XSRF-TOKEN cookie"));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
