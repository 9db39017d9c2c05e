package org.accord.document;

import java.time.OffsetDateTime;
import org.accord.system.Labels;

/** A document under negotiation, as Accord records it. */
public record Document(
    long id,
    DocumentType type,
    String title,
    String symbol,
    String coordinatorCode,
    DocumentStatus status,
    String processInstanceId,
    Long packageOf,
    String createdBy,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    String withdrawnBy,
    OffsetDateTime withdrawnAt,
    String withdrawalReason) {

  /** How mails and records name the document: its symbol, when registered, and its title. */
  public String label() {
    return Labels.document(symbol, title);
  }

  /** The document whose process carries this one: a staff matrix's budget, else itself. */
  public long carrierId() {
    return packageOf == null ? id : packageOf;
  }
}
