package org.accord.silence;

/** Where a silence procedure stands. */
public enum SilenceStatus {
  /** Circulated; silence holds until the expiry time unless a delegation breaks it. */
  RUNNING,
  /** Expired unbroken: the text is adopted. */
  ADOPTED,
  /** A delegation broke silence before expiry. */
  BROKEN,
  /** The document was withdrawn during the procedure. */
  WITHDRAWN
}
