package org.accord.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.accord.security.CurrentUser;
import org.accord.system.AccordClock;
import org.accord.system.Hashing;
import org.accord.system.Problem;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Reads the {@code Idempotency-Key} of an API write, answers a retry with the answer kept for the
 * key, and keeps the answer of the request that recorded. Runs after Spring Security, so the key
 * belongs to the signed-in user: two users never share keys.
 */
class IdempotencyFilter extends OncePerRequestFilter {

  static final String HEADER = "Idempotency-Key";
  static final String REPLAYED = "Idempotent-Replayed";
  private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
  private static final int LONGEST_KEY = 255;
  /** How long a retry waits for a twin still in flight before it is told to come back. */
  private static final Duration TWIN_WAIT = Duration.ofSeconds(5);
  /** A claim older than this without its answer was recorded by a request that never answered. */
  private static final Duration ANSWER_LOST_AFTER = Duration.ofMinutes(1);

  private final IdempotencyRepository keys;
  private final AccordClock clock;
  private final ObjectMapper json;

  IdempotencyFilter(IdempotencyRepository keys, AccordClock clock, ObjectMapper json) {
    this.keys = keys;
    this.clock = clock;
    this.json = json;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return request.getHeader(HEADER) == null || !WRITES.contains(request.getMethod());
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<CurrentUser> user = CurrentUser.signedIn();
    if (user.isEmpty()) {
      chain.doFilter(request, response); // Spring Security answers: keys belong to users
      return;
    }
    String key = request.getHeader(HEADER);
    if (key.isEmpty() || key.length() > LONGEST_KEY || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
      refuse(response, HttpStatus.BAD_REQUEST, "refusal.idempotency.badKey");
      return;
    }
    if (MediaType.MULTIPART_FORM_DATA.includes(contentType(request))) {
      refuse(response, HttpStatus.BAD_REQUEST, "refusal.idempotency.noUploads");
      return;
    }
    ReadBody body = new ReadBody(request);
    Claim claim = new Claim(user.get().id(), key, fingerprint(request, body.bytes()));
    Optional<KeptAnswer> kept = keys.find(claim.user, key);
    if (kept.isPresent()) {
      answer(claim, kept.get(), response);
      return;
    }
    claim.attachTo(body);
    ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
    chain.doFilter(body, answer);
    if (claim.state() == Claim.State.TAKEN) {
      answer.reset();
      answer(claim, awaitTheTwin(claim), response);
      return;
    }
    if (claim.state() == Claim.State.CLAIMED) {
      keys.keep(claim.user, key, answer.getStatus(), answer.getContentType(), answer.getHeader(HttpHeaders.LOCATION),
          answer.getContentAsByteArray());
    }
    answer.copyBodyToResponse();
  }

  /** The same request again gets the kept answer; another request with the key is refused. */
  private void answer(Claim claim, KeptAnswer kept, HttpServletResponse response) throws IOException {
    if (!kept.fingerprint().equals(claim.fingerprint)) {
      refuse(response, HttpStatus.UNPROCESSABLE_ENTITY, "refusal.idempotency.otherRequest");
      return;
    }
    if (!kept.answered()) {
      boolean lost = kept.claimedAt().plus(ANSWER_LOST_AFTER).isBefore(clock.now());
      response.setHeader(HttpHeaders.RETRY_AFTER, "1");
      refuse(response, HttpStatus.CONFLICT, lost ? "refusal.idempotency.answerLost" : "refusal.idempotency.inProgress");
      return;
    }
    response.setStatus(kept.status());
    response.setHeader(REPLAYED, "true");
    if (kept.contentType() != null) {
      response.setContentType(kept.contentType());
    }
    if (kept.location() != null) {
      response.setHeader(HttpHeaders.LOCATION, kept.location());
    }
    if (kept.body() != null) {
      response.setContentLength(kept.body().length);
      response.getOutputStream().write(kept.body());
    }
  }

  /** The twin committed its claim; its answer follows as soon as it is sent. */
  private KeptAnswer awaitTheTwin(Claim claim) {
    long giveUp = System.nanoTime() + TWIN_WAIT.toNanos();
    KeptAnswer kept = keys.find(claim.user, claim.key).orElseThrow();
    while (!kept.answered() && System.nanoTime() < giveUp) {
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      kept = keys.find(claim.user, claim.key).orElseThrow();
    }
    return kept;
  }

  private void refuse(HttpServletResponse response, HttpStatus status, String detailKey) throws IOException {
    Problem.of(status, "problem.idempotency", detailKey).writeTo(response, json);
  }

  /** What makes two requests the same request: the method, the path with its query, and the body. */
  private static String fingerprint(HttpServletRequest request, byte[] body) {
    byte[] head = (request.getMethod() + " " + request.getRequestURI()
        + (request.getQueryString() == null ? "" : "?" + request.getQueryString()) + "\n")
        .getBytes(StandardCharsets.UTF_8);
    byte[] whole = new byte[head.length + body.length];
    System.arraycopy(head, 0, whole, 0, head.length);
    System.arraycopy(body, 0, whole, head.length, body.length);
    return Hashing.sha256Hex(whole);
  }

  private static MediaType contentType(HttpServletRequest request) {
    try {
      return request.getContentType() == null ? MediaType.ALL : MediaType.parseMediaType(request.getContentType());
    } catch (IllegalArgumentException unreadable) {
      return MediaType.ALL;
    }
  }
}
