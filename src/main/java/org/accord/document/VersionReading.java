package org.accord.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * One version as a person reads it, whatever its form: a text in numbered paragraphs, the typed
 * content of its document type, or a file to download. The document module parses the stored
 * content ({@link Documents#reading}); pages only lay it out.
 */
public sealed interface VersionReading {

  /** A plain-text version: its paragraphs, numbered as negotiators cite them. */
  record Text(List<Paragraph> paragraphs) implements VersionReading {}

  /** A file (PDF, DOCX, ODT): it is read by downloading it. */
  record File(String fileName, String mediaType, long sizeBytes) implements VersionReading {}

  /** A concept paper: its priority area and dimension, the states holding the pen, its text in paragraphs. */
  record ConceptPaper(String priorityArea, Dimension dimension, List<String> coordinators,
      List<String> coCoordinators, List<Paragraph> paragraphs) implements VersionReading {}

  record ActionPlan(List<Measure> measures) implements VersionReading {}

  /** A measure runs from its first month to its last, both included; coordinators are states' codes. */
  record Measure(String title, Dimension dimension, String priorityArea, List<String> coordinators,
      YearMonth start, YearMonth end, String description) {}

  record Calendar(int year, List<Event> events) implements VersionReading {}

  /**
   * An event from its first to its last day; {@code uid} names it in the calendar's iCalendar export
   * ({@code /api/documents/{id}/calendar/events/{uid}.ics}). A videoconference may have no host state.
   */
  record Event(String uid, String title, LocalDate start, LocalDate end, String hostState, EventFormat format,
      Dimension dimension, String description) {}

  /** A budget's lines, their total in each currency, and its staff line checked against its staff matrix. */
  record Budget(int year, List<BudgetLine> lines, List<Amount> totals, StaffCheck staffCheck) implements VersionReading {}

  record BudgetLine(String category, Amount amount) {}

  /** A staff matrix's posts, their total annual cost, checked against its budget's staff line. */
  record StaffMatrix(int year, String currency, List<Post> posts, Amount total, StaffCheck staffCheck)
      implements VersionReading {}

  /** {@code annualCost} is what one such post costs in a year; {@code cost} is for all of them. */
  record Post(String title, String grade, int number, Amount annualCost, Amount cost) {}

  record Amount(BigDecimal amount, String currency) {}

  /**
   * The budget's STAFF line beside the staff matrix's total, from the latest version of each; a side
   * is null when it is missing (no version with data yet, or no STAFF line).
   */
  record StaffCheck(Amount staffLine, Amount staffTotal) {

    public boolean complete() {
      return staffLine != null && staffTotal != null;
    }

    public boolean agrees() {
      return complete() && staffLine.currency().equals(staffTotal.currency())
          && staffLine.amount().compareTo(staffTotal.amount()) == 0;
    }
  }
}
