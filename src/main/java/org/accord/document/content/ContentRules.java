package org.accord.document.content;

import java.util.Optional;
import org.accord.document.DocumentType;
import org.accord.document.VersionReading;
import org.accord.document.VersionReading.StaffCheck;
import org.accord.forum.Forum;
import org.accord.system.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * The structured content of each document type: validated on upload, put in canonical form (so
 * that equal content has an equal hash), and read for the budget package's consistency check.
 * The JSON shape of each type is described in the README, section "Structured content".
 */
@Component
public class ContentRules {

  private final Forum forum;

  public ContentRules(Forum forum) {
    this.forum = forum;
  }

  /**
   * Validates the structured content of a version and returns it as canonical JSON: keys sorted,
   * no insignificant whitespace, codes in capitals, amounts with two decimals, sets of states sorted.
   *
   * @throws org.accord.system.InvalidInputException with a message a delegate understands
   */
  public String canonical(DocumentType type, String json) {
    if (type == null) {
      throw new InvalidInputException("refusal.document.typeMissing");
    }
    Object content = switch (type) {
      case CONCEPT_PAPER -> Fields.read(json, paper -> ConceptPaper.read(paper, forum));
      case ACTION_PLAN -> Fields.read(json, plan -> ActionPlan.read(plan, forum));
      case CALENDAR_OF_EVENTS -> calendar(json);
      case BUDGET -> Fields.read(json, Budget::read);
      case STAFF_MATRIX -> Fields.read(json, StaffMatrix::read);
    };
    return CanonicalJson.write(content);
  }

  /** The running text of a version's structured data, for the types that have one (a concept paper's). */
  public Optional<String> text(DocumentType type, String json) {
    return type == DocumentType.CONCEPT_PAPER
        ? Optional.ofNullable(Fields.read(json, paper -> ConceptPaper.read(paper, forum)).text()) : Optional.empty();
  }

  /** The budget's staff line (category STAFF). */
  public Money staffLine(String budgetJson) {
    return Fields.read(budgetJson, Budget::read).staffLine();
  }

  /** The staff matrix's total annual cost: the sum over posts of number × annual cost. */
  public Money staffTotal(String staffMatrixJson) {
    return Fields.read(staffMatrixJson, StaffMatrix::read).total();
  }

  /**
   * A version's typed content as its page shows it. A budget and a staff matrix come with {@code
   * staffCheck}, the check of one against the other ({@link #staffCheck}).
   */
  public VersionReading reading(DocumentType type, String json, long documentId, StaffCheck staffCheck) {
    return switch (type) {
      case CONCEPT_PAPER -> Readings.of(Fields.<ConceptPaper>read(json, paper -> ConceptPaper.read(paper, forum)));
      case ACTION_PLAN -> Readings.of(Fields.<ActionPlan>read(json, plan -> ActionPlan.read(plan, forum)));
      case CALENDAR_OF_EVENTS -> Readings.of(calendar(json), documentId);
      case BUDGET -> Readings.of(Fields.read(json, Budget::read), staffCheck);
      case STAFF_MATRIX -> Readings.of(Fields.read(json, StaffMatrix::read), staffCheck);
    };
  }

  /**
   * The budget's STAFF line beside the staff matrix's total, for a reader; unlike the check on
   * submission it refuses nothing, and a side without content (or a budget without a STAFF line) is null.
   */
  public StaffCheck staffCheck(String budgetJson, String staffMatrixJson) {
    Money staffLine = budgetJson == null ? null : Fields.read(budgetJson, Budget::read).lines().stream()
        .filter(line -> line.category().equals(Budget.STAFF))
        .findFirst()
        .map(line -> new Money(line.amount(), line.currency()))
        .orElse(null);
    Money total = staffMatrixJson == null ? null : staffTotal(staffMatrixJson);
    return new StaffCheck(Readings.amount(staffLine), Readings.amount(total));
  }

  CalendarOfEvents calendar(String json) {
    return Fields.read(json, calendar -> CalendarOfEvents.read(calendar, forum));
  }
}
