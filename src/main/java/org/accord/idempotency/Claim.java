package org.accord.idempotency;

import java.util.Optional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * One request's key, on its way from the filter that read it to the action that claims it. Lives in
 * the request, read and written by the request's own thread only.
 */
final class Claim {

  private static final String ATTRIBUTE = Claim.class.getName();

  enum State {
    /** Not claimed yet: the next user action of the request claims it. */
    OPEN,
    /** Claimed in the transaction of the action running now. */
    CLAIMING,
    /** Claimed and committed with the action. */
    CLAIMED,
    /** A twin request claimed it first: its answer is this request's answer. */
    TAKEN
  }

  final String user;
  final String key;
  final String fingerprint;
  private State state = State.OPEN;

  Claim(String user, String key, String fingerprint) {
    this.user = user;
    this.key = key;
    this.fingerprint = fingerprint;
  }

  static Optional<Claim> ofCurrentRequest() {
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    return request == null ? Optional.empty()
        : Optional.ofNullable((Claim) request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST));
  }

  void attachTo(jakarta.servlet.ServletRequest request) {
    request.setAttribute(ATTRIBUTE, this);
  }

  State state() {
    return state;
  }

  void moveTo(State next) {
    state = next;
  }
}
