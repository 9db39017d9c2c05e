/**
 * Idempotent requests: a client that may retry a write (after a timeout, a dropped connection) sends
 * an {@code Idempotency-Key} header, and the write is recorded at most once. The key is claimed in the
 * transaction of the user action it guards ({@code idempotency_key}), so the claim and the record
 * commit or roll back together; a retry with the same key and the same request gets the first answer
 * again ({@code Idempotent-Replayed: true}), with another request the key is refused. Keys are kept
 * for a day.
 */
@ApplicationModule(displayName = "Idempotent requests")
package org.accord.idempotency;

import org.springframework.modulith.ApplicationModule;
