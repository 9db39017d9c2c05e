package org.accord.decision;

import java.time.OffsetDateTime;
import java.util.List;
import org.accord.system.Labels;

/**
 * An entry of the decision register: a numbered decision of the SOC on one exact version of a
 * document, taken at a meeting or by silence procedure, with the reservations attached.
 */
public record Decision(
    long id,
    String number,
    long documentId,
    String documentType,
    String documentTitle,
    String documentSymbol,
    long versionId,
    int versionNumber,
    String versionSha256,
    String body,
    SocOutcome outcome,
    String decidedBy,
    OffsetDateTime decidedAt,
    String note,
    Long meetingId,
    String meetingTitle,
    Long silenceProcedureId,
    List<Reservation> reservations) {

  /** How mails name the decided document: its symbol and its title. */
  public String documentLabel() {
    return Labels.document(documentSymbol, documentTitle);
  }

  /** "SOC meeting of ..." or "Silence procedure", for the register. */
  public String takenBy() {
    if (meetingId != null) {
      return meetingTitle;
    }
    return silenceProcedureId != null ? "Silence procedure " + silenceProcedureId : "";
  }
}
