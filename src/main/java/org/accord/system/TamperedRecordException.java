package org.accord.system;

import org.springframework.http.HttpStatus;

/**
 * A stored record no longer matches the fingerprint taken when it was written: someone changed it
 * behind Accord's back. It is served to nobody; the failure is logged, put on the audit trail for the
 * administrators, and answered with a 500 that says so.
 */
public class TamperedRecordException extends AccordException {

  private final String record;

  public TamperedRecordException(String record) {
    super("refusal.system.tampered", record);
    this.record = record;
  }

  /** What was found changed: "version 2 of document 7". */
  public String record() {
    return record;
  }

  @Override
  public HttpStatus status() {
    return HttpStatus.INTERNAL_SERVER_ERROR;
  }

  @Override
  public String titleKey() {
    return "problem.tampered";
  }
}
