package org.accord.system;

/** A stored record was found changed when it was about to be served: the audit trail takes note. */
public record RecordTampered(String record) {}
