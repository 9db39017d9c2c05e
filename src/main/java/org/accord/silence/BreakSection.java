package org.accord.silence;

import java.util.Arrays;
import java.util.List;
import org.accord.document.Document;
import org.accord.forum.Delegation;

/**
 * What the silence section shows the signed-in user: the document's latest silence procedure, how it
 * stands, and the form to break it for a member state's delegate. Its methods are public because
 * templates call them.
 *
 * @param delegation the member state the user speaks for; null for observers, chairs, the Secretariat
 * @param procedure the latest silence procedure on the document; null when it never went under silence
 * @param breaker the delegation that broke silence, when one did
 * @param expired whether the expiry time has passed (a procedure still running then only waits for
 *     its timer to adopt the text)
 */
record BreakSection(Document document, Delegation delegation, SilenceProcedure procedure, Delegation breaker,
    boolean expired) {

  public boolean running() {
    return procedure != null && procedure.status() == SilenceStatus.RUNNING && !expired;
  }

  /** The form is offered to a member state's delegate until the expiry time. */
  public boolean mayBreak() {
    return delegation != null && running();
  }

  public boolean is(String status) {
    return procedure != null && procedure.status().name().equals(status);
  }

  public List<BreakKind> kinds() {
    return Arrays.asList(BreakKind.values());
  }

  /** The kind the break was made with, for its label. */
  public BreakKind breakKind() {
    return procedure == null || procedure.breakKind() == null ? null : BreakKind.valueOf(procedure.breakKind());
  }

  public ChairChoice chairChoice() {
    return procedure == null || procedure.chairChoice() == null ? null : ChairChoice.valueOf(procedure.chairChoice());
  }
}
