package org.accord.decision;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.accord.system.Hashing;
import org.accord.system.Labels;

/**
 * An entry of the decision register: a numbered decision of the SOC on one exact version of a
 * document, taken at a meeting or by silence procedure, with the reservations attached. Its date
 * ({@code decidedOn}) is the act's: the day its meeting sat, in the forum's zone; {@code decidedAt} is
 * when it was entered into the register. {@code actingFor} names the SOC Chair when an acting chair
 * recorded it; {@code signedAt} is when the Chair signed it with their password (none for a decision
 * taken by silence, which nobody signs).
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
    List<Reservation> reservations,
    LocalDate decidedOn,
    String actingFor,
    OffsetDateTime signedAt) {

  /** A decision dated by the day it was entered, in UTC. */
  public Decision(long id, String number, long documentId, String documentType, String documentTitle,
      String documentSymbol, long versionId, int versionNumber, String versionSha256, String body, SocOutcome outcome,
      String decidedBy, OffsetDateTime decidedAt, String note, Long meetingId, String meetingTitle,
      Long silenceProcedureId, List<Reservation> reservations) {
    this(id, number, documentId, documentType, documentTitle, documentSymbol, versionId, versionNumber, versionSha256,
        body, outcome, decidedBy, decidedAt, note, meetingId, meetingTitle, silenceProcedureId, reservations,
        decidedAt == null ? null : decidedAt.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate(), null, null);
  }

  /**
   * The SHA-256 of every fact of the act, in one fixed text: what the audit trail keeps when the
   * decision is recorded, so that a decision changed since shows against it.
   */
  public String fingerprint() {
    StringBuilder text = new StringBuilder();
    for (Object fact : new Object[] {id, number, documentId, documentType, documentTitle, documentSymbol, versionId,
        versionNumber, versionSha256, body, outcome, decidedBy, actingFor,
        signedAt == null ? null : signedAt.toInstant().toEpochMilli(),
        decidedAt == null ? null : decidedAt.withOffsetSameInstant(ZoneOffset.UTC).toInstant().toEpochMilli(),
        decidedOn, note, meetingId, meetingTitle, silenceProcedureId}) {
      text.append(fact == null ? "" : fact).append('\n');
    }
    for (Reservation reservation : reservations) {
      text.append(reservation.delegationCode()).append('|').append(reservation.source()).append('|')
          .append(reservation.text()).append('\n');
    }
    return Hashing.sha256Hex(text.toString().getBytes(StandardCharsets.UTF_8));
  }

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
