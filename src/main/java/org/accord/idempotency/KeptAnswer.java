package org.accord.idempotency;

import java.time.OffsetDateTime;

/** What a key guards: the request's fingerprint and, once it was sent, the answer (else status is null). */
record KeptAnswer(String fingerprint, OffsetDateTime claimedAt, Integer status, String contentType,
    String location, byte[] body) {

  boolean answered() {
    return status != null;
  }
}
