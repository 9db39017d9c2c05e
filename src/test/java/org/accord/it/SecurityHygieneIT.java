package org.accord.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The web's hygiene on the real server: who is asked to sign in, when CSRF is skipped, how one signs
 * out, what the browser is told to load, what health shows, and how odd requests and uploads are refused.
 */
@AccordIntegrationTest
class SecurityHygieneIT {

  private static final String PROBLEM = "application/problem+json";

  @Autowired TestRestTemplate rest;
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void shouldAskAnonymousCallersToSignInEvenForWrites() throws Exception {
    // when an anonymous caller writes to the API, without a CSRF token
    HttpResponse<String> write = anonymous("POST", "/api/documents", "{}", "Content-Type", "application/json");

    // then it is asked to sign in, not refused
    assertThat(write.statusCode()).isEqualTo(401);
    assertThat(write.headers().firstValue("Content-Type")).hasValue(PROBLEM);
    assertThat(write.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"Accord\"");
    assertThat(json.readTree(write.body()).get("status").asInt()).isEqualTo(401);

    // and so is one that sends a token of another kind
    assertThat(anonymous("DELETE", "/api/documents/1", null, "Authorization", "Bearer x").statusCode()).isEqualTo(401);
  }

  @Test
  void shouldNotSkipCsrfForASessionWithABearerHeader() throws Exception {
    // given a signed-in browser session
    BrowserSession browser = signedIn("kz.delegate2");
    String document = "{\"type\":\"CONCEPT_PAPER\",\"title\":\"CSRF probe\",\"coordinator\":\"KZ\"}";

    // when a write rides on the session with any Authorization header but Basic
    HttpResponse<String> bearer = browser.send("POST", "/api/documents", document,
        "Content-Type", "application/json", "Authorization", "Bearer x");

    // then the CSRF check still applies
    assertThat(bearer.statusCode()).isEqualTo(403);
    assertThat(json.readTree(bearer.body()).get("detail").asText())
        .isEqualTo("The request carried no valid CSRF token. Reload the page, or call the API with HTTP Basic credentials.");

    // and the session's own token, as Swagger UI sends it from the cookie, lets it through
    String token = browser.cookie("ACCORD-XSRF-TOKEN").orElseThrow();
    HttpResponse<String> withToken = browser.send("POST", "/api/documents", document,
        "Content-Type", "application/json", "X-ACCORD-XSRF-TOKEN", token);
    assertThat(withToken.statusCode()).isEqualTo(201);
  }

  @Test
  void shouldSkipCsrfOnlyForBasicCredentialsThatSignIn() throws Exception {
    // given a signed-in session of a user no other test signs in as (Camunda delays the next sign-in
    // after a wrong password)
    BrowserSession browser = signedIn("vn.delegate1");
    String document = "{\"type\":\"CONCEPT_PAPER\",\"title\":\"Basic probe\",\"coordinator\":\"VN\"}";

    // when the session sends Basic credentials with a wrong password for the same user
    HttpResponse<String> wrong = browser.send("POST", "/api/documents", document,
        "Content-Type", "application/json", "Authorization", basic("vn.delegate1", "not-the-password"));

    // then the session does not stand in for the password
    assertThat(wrong.statusCode()).isEqualTo(401);

    // and right credentials need no token
    HttpResponse<String> right = anonymous("POST", "/api/documents",
        "{\"type\":\"CONCEPT_PAPER\",\"title\":\"Basic probe\",\"coordinator\":\"KG\"}",
        "Content-Type", "application/json", "Authorization", basic("kg.delegate1", Api.DEMO_PASSWORD));
    assertThat(right.statusCode()).isEqualTo(201);
  }

  @Test
  void shouldSignOutByPostOnly() throws Exception {
    // given a signed-in session
    BrowserSession browser = signedIn("mn.delegate1");

    // when it follows a link to /logout
    browser.get("/logout");

    // then it is still signed in
    assertThat(browser.get("/").statusCode()).isEqualTo(200);

    // and the sign-out form (POST with the page's token) signs it out
    String page = browser.get("/").body();
    java.util.regex.Matcher csrf = java.util.regex.Pattern.compile(
        "action=\"/logout\" method=\"post\"><input type=\"hidden\" name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
    assertThat(csrf.find()).as("the sign-out form posts with a CSRF token").isTrue();
    HttpResponse<String> out = browser.send("POST", "/logout", "_csrf=" + csrf.group(1),
        "Content-Type", "application/x-www-form-urlencoded");
    assertThat(out.statusCode()).isEqualTo(302);
    assertThat(out.headers().firstValue("Location").orElseThrow()).endsWith("/login?logout");
    assertThat(browser.get("/").statusCode()).isEqualTo(302);
  }

  @Test
  void shouldSendAContentSecurityPolicyWithAccordsPagesAndALaxSessionCookie() throws Exception {
    // when a browser opens the login page and signs in
    HttpResponse<String> login = anonymous("GET", "/login", null);
    String token = login.headers().allValues("Set-Cookie").stream()
        .filter(header -> header.startsWith("ACCORD-XSRF-TOKEN=")).findFirst().orElseThrow()
        .replaceFirst("ACCORD-XSRF-TOKEN=([^;]*);.*", "$1");
    HttpResponse<String> signIn = anonymous("POST", "/login",
        "username=un.observer&password=" + Api.DEMO_PASSWORD,
        "Content-Type", "application/x-www-form-urlencoded", "Cookie", "ACCORD-XSRF-TOKEN=" + token,
        "X-ACCORD-XSRF-TOKEN", token);
    BrowserSession browser = signedIn("un.observer");
    HttpResponse<String> home = browser.get("/");

    // then both pages carry the policy: scripts and styles from Accord only
    String policy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
        + "frame-ancestors 'self'";
    assertThat(login.headers().firstValue("Content-Security-Policy")).hasValue(policy);
    assertThat(home.headers().firstValue("Content-Security-Policy")).hasValue(policy);
    assertThat(home.body()).doesNotContain("onchange=", "onclick=", "<script>");

    // and the session cookie is SameSite=Lax and HttpOnly
    assertThat(signIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
    String cookie = signIn.headers().allValues("Set-Cookie").stream()
        .filter(header -> header.startsWith("JSESSIONID=")).findFirst().orElseThrow();
    assertThat(cookie).contains("SameSite=Lax", "HttpOnly");

    // while Camunda's webapps keep their own policy
    HttpResponse<String> cockpit = browser.get("/camunda/app/tasklist/default/");
    assertThat(cockpit.headers().allValues("Content-Security-Policy")).doesNotContain(policy);
  }

  @Test
  void shouldSetHstsBehindATlsProxy() throws Exception {
    // when a proxy that ended TLS forwards the request
    HttpResponse<String> page = anonymous("GET", "/login", null, "X-Forwarded-Proto", "https");

    // then Accord knows it was secure
    assertThat(page.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000 ; includeSubDomains");
  }

  @Test
  void shouldAnswer415And413AndFirewallRefusalsWithProblems() throws Exception {
    // a body of a type the endpoint does not take
    ResponseEntity<JsonNode> xml = new Api(rest).exchangeRaw("kz.delegate1", "/api/documents", "<document/>",
        MediaType.APPLICATION_XML);
    assertThat(xml.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    assertThat(xml.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(xml.getBody().get("status").asInt()).isEqualTo(415);

    // a file beyond the limit
    Api api = new Api(rest);
    long id = api.createDocument("kz.delegate1", "KZ", "CONCEPT_PAPER", "Hygiene: too large", null);
    byte[] large = new byte[22 * 1024 * 1024];
    large[0] = '%';
    ResponseEntity<JsonNode> tooLarge = api.upload("kz.delegate1", "/api/documents/" + id + "/versions",
        "large.pdf", MediaType.APPLICATION_PDF, large);
    assertThat(tooLarge.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    assertThat(tooLarge.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);

    // a request Spring Security's firewall refuses (a method outside HTTP's usual ones)
    HttpResponse<String> rejected = anonymous("PROPFIND", "/api/documents", null);
    assertThat(rejected.statusCode()).isEqualTo(400);
    assertThat(rejected.headers().firstValue("Content-Type")).hasValue(PROBLEM);
    assertThat(rejected.body()).doesNotContain("RequestRejectedException", "firewall");
  }

  @Test
  void shouldRefuseAnExecutableSentAsAPdfAndCleanPathTricksFromFileNames() {
    Api api = new Api(rest);
    long id = api.createDocument("kz.delegate1", "KZ", "CONCEPT_PAPER", "Hygiene: uploads", null);

    // an executable labelled application/pdf is refused, and nothing is stored
    byte[] executable = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0};
    ResponseEntity<JsonNode> exe = api.upload("kz.delegate1", "/api/documents/" + id + "/versions", "paper.pdf",
        MediaType.APPLICATION_PDF, executable);
    assertThat(exe.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(exe.getBody().get("detail").asText())
        .isEqualTo("The file's content is not application/pdf: its bytes do not match the type it was sent as.");
    assertThat(api.dossier(id).get("versions")).isEmpty();

    // a path trick in the file name leaves only the name
    byte[] pdf = "%PDF-1.4\n% the draft\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    ResponseEntity<JsonNode> upload = api.upload("kz.delegate1", "/api/documents/" + id + "/versions",
        "../../etc/passwd", MediaType.APPLICATION_PDF, pdf);
    assertThat(upload.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(upload.getBody().get("fileName").asText()).isEqualTo("passwd");
    ResponseEntity<byte[]> download = rest.withBasicAuth("kz.delegate1", Api.DEMO_PASSWORD)
        .getForEntity("/api/documents/" + id + "/versions/1/content", byte[].class);
    assertThat(download.getHeaders().getFirst("Content-Disposition")).isEqualTo("attachment; filename=\"passwd\"");
  }

  @Test
  void shouldHoldBackAnAddressAfterTooManyFailedSignInsAndShowItToAdministrators() throws Exception {
    // given twenty failed sign-ins from one address (behind the proxy), naming a user that does not exist
    String address = "198.51.100.7";
    for (int i = 0; i < 20; i++) {
      HttpResponse<String> failed = anonymous("GET", "/api/tasks", null,
          "Authorization", basic("nobody.here", "guess-" + i), "X-Forwarded-For", address);
      assertThat(failed.statusCode()).isEqualTo(401);
    }

    // when the address tries again, even with a right password
    HttpResponse<String> api = anonymous("GET", "/api/tasks", null,
        "Authorization", basic("lk.delegate1", Api.DEMO_PASSWORD), "X-Forwarded-For", address);
    HttpResponse<String> form = anonymous("POST", "/login", "username=lk.delegate1&password=accord",
        "Content-Type", "application/x-www-form-urlencoded", "X-Forwarded-For", address);

    // then it is held back: 429 for the API, a sentence on the login page
    assertThat(api.statusCode()).isEqualTo(429);
    assertThat(api.headers().firstValue("Content-Type")).hasValue(PROBLEM);
    assertThat(api.headers().firstValue("Retry-After")).isPresent();
    assertThat(json.readTree(api.body()).get("detail").asText())
        .isEqualTo("Too many sign-ins from your address failed. Try again in 15 minutes.");
    assertThat(form.statusCode()).isEqualTo(302);
    assertThat(form.headers().firstValue("Location").orElseThrow()).endsWith("/login?throttled=15");
    assertThat(anonymous("GET", "/login?throttled=15", null).body())
        .contains("Too many sign-ins from your address failed. Try again in 15 minutes.");

    // while another address signs in
    assertThat(anonymous("GET", "/api/tasks", null, "Authorization", basic("lk.delegate1", Api.DEMO_PASSWORD),
        "X-Forwarded-For", "198.51.100.8").statusCode()).isEqualTo(200);

    // and the administrator sees the address and lets it in again
    BrowserSession admin = signedIn("admin");
    String page = admin.get("/admin/sign-ins").body();
    assertThat(page).contains("<td data-label=\"Address\">198.51.100.7</td>", "<td data-label=\"Failed sign-ins\">20</td>");
    java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
    assertThat(csrf.find()).isTrue();
    HttpResponse<String> released = admin.send("POST", "/admin/sign-ins/addresses/release",
        "address=" + address + "&_csrf=" + java.net.URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8),
        "Content-Type", "application/x-www-form-urlencoded");
    assertThat(released.statusCode()).isEqualTo(302);
    assertThat(anonymous("GET", "/api/tasks", null, "Authorization", basic("lk.delegate1", Api.DEMO_PASSWORD),
        "X-Forwarded-For", address).statusCode()).isEqualTo(200);
  }

  @Test
  void shouldRefuseATextWithANulCharacterWith400WithoutTheStatement() {
    // when a document's title carries a NUL character, which PostgreSQL cannot store
    ResponseEntity<JsonNode> response = new Api(rest).post("kz.delegate1", "/api/documents",
        java.util.Map.of("type", "CONCEPT_PAPER", "title", "Nul\u0000title", "coordinator", "KZ"));

    // then the input is refused in words, without SQL or PostgreSQL's error
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(response.getBody().toString()).doesNotContainIgnoringCase("insert").doesNotContain("0x00", "UTF8");
  }

  @Test
  void shouldDescribeHttpBasicForSwaggerUisAuthorizeButton() {
    JsonNode docs = new Api(rest).get("un.observer", "/v3/api-docs").getBody();
    assertThat(docs.at("/components/securitySchemes/basic/type").asText()).isEqualTo("http");
    assertThat(docs.at("/components/securitySchemes/basic/scheme").asText()).isEqualTo("basic");
    assertThat(docs.at("/security/0").has("basic")).isTrue();
  }

  private BrowserSession signedIn(String user) throws Exception {
    BrowserSession browser = new BrowserSession(rest.getRootUri());
    assertThat(browser.login(user, Api.DEMO_PASSWORD)).isEqualTo(302);
    assertThat(browser.get("/").statusCode()).as("%s is signed in", user).isEqualTo(200);
    return browser;
  }

  private HttpResponse<String> anonymous(String method, String path, String body, String... headers) throws Exception {
    HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(rest.getRootUri() + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}
