package org.accord.document;

import java.util.Arrays;
import java.util.List;
import org.accord.forum.Delegation;

/**
 * What the coordinator's section shows the signed-in user: for the coordinator's delegation, the
 * revision form while the document accepts a version, and withdrawal until it is adopted or
 * withdrawn; for everyone else, who holds the pen. Its methods are public because templates call them.
 *
 * @param coordinates whether the user belongs to the coordinator's delegation
 * @param latest the latest version, if any
 * @param form the revision form (as typed, or filled from the latest version); null when not offered
 * @param memberStates the states a concept paper's coordinators and an event's host are chosen from
 * @param invalid the field a refusal of the content names, to mark in the form; null when none
 * @param invalidNamed that field in the reader's words ("Event 9: last day"), for the link to it
 * @param focusRow the row just added, where the cursor goes; null when none
 */
record CoordinatorSection(Document document, Delegation coordinator, boolean coordinates, DocumentVersion latest,
    RevisionForm form, List<Delegation> memberStates, RevisionContent.Field invalid, String invalidNamed,
    Integer focusRow) {

  /** The coordinator holds the pen: the draft, or a revision after a round. */
  public boolean mayRevise() {
    return coordinates && document.status().acceptsVersion();
  }

  /** The coordinator may withdraw until adoption; a staff matrix goes only with its budget. */
  public boolean mayWithdraw() {
    return coordinates && !document.status().isFinal() && document.packageOf() == null;
  }

  public boolean firstDraft() {
    return document.status() == DocumentStatus.AWAITING_DRAFT;
  }

  public boolean is(String type) {
    return document.type().name().equals(type);
  }

  /** A file alone may be a version of the types whose figures Accord does not compute with. */
  public boolean takesFile() {
    return !document.type().needsData();
  }

  public List<? extends RevisionForm.Row> rows() {
    return form == null ? List.of() : form.rowsOf(document.type());
  }

  public List<Dimension> dimensions() {
    return Arrays.asList(Dimension.values());
  }

  public List<EventFormat> formats() {
    return Arrays.asList(EventFormat.values());
  }

  /** Whether the refusal names this input of a table's row (column null: the row as a whole). */
  public boolean refuses(String table, int row, String column) {
    return invalid != null && table.equals(invalid.table()) && invalid.row() != null && invalid.row() == row
        && (column == null || column.equals(invalid.column()));
  }

  /** Whether the refusal names this field of the form's own (not of a table). */
  public boolean refuses(String field) {
    return invalid != null && invalid.table() == null && field.equals(invalid.column());
  }

  public boolean focus(int row) {
    return focusRow != null && focusRow == row;
  }
}
