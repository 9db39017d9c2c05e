package org.accord.meeting;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.accord.decision.Decision;
import org.accord.decision.Reservation;
import org.accord.document.DocumentType;
import org.accord.meeting.MeetingSummary.Attendance;
import org.accord.meeting.MeetingSummary.Item;
import org.accord.system.Times;
import org.accord.system.pdf.PdfKit;

/** The parts of a summary record, laid out for A4 portrait. */
class SummaryRecordSections {

  private static final Color MUTED = new Color(0x55, 0x55, 0x55);

  private final Font forum;
  private final Font title;
  private final Font heading;
  private final Font subheading;
  private final Font body;
  private final Font bold;
  private final Font muted;
  private final Font mono;

  private final Function<Enum<?>, String> words;

  SummaryRecordSections(BaseFont text, BaseFont monospaced, Function<Enum<?>, String> words) {
    this.words = words;
    forum = new Font(text, 11, Font.BOLD);
    title = new Font(text, 15, Font.BOLD);
    heading = new Font(text, 12, Font.BOLD);
    subheading = new Font(text, 10.5f, Font.BOLD);
    body = new Font(text, 9.5f);
    bold = new Font(text, 9.5f, Font.BOLD);
    muted = new Font(text, 9, Font.NORMAL, MUTED);
    mono = new Font(monospaced, 8.5f);
  }

  List<Element> heading(String forumName, Meeting meeting) {
    List<Element> parts = new ArrayList<>();
    parts.add(centered(forumName, forum, 0));
    parts.add(centered("Senior Officials Committee", body, 2));
    parts.add(centered("Summary record", title, 16));
    parts.add(centered(meeting.title(), heading, 4));
    PdfPTable facts = facts();
    facts.setSpacingBefore(12);
    fact(facts, "Date and time", new Phrase(Times.longUtc(meeting.startsAt()), body));
    fact(facts, "Format and place", new Phrase(formatAndPlace(meeting), body));
    if (meeting.closedAt() != null) {
      fact(facts, "Closed", new Phrase(Times.longUtc(meeting.closedAt())
          + (meeting.closedBy() == null ? "" : " by " + meeting.closedBy()), body));
    }
    parts.add(facts);
    return parts;
  }

  List<Element> agenda(List<Item> items) {
    PdfPTable table = new PdfPTable(new float[] {6, 30, 46, 18});
    table.setWidthPercentage(100);
    PdfKit.headerRow(table, bold, List.of("No.", "Symbol", "Title", "Type"));
    for (Item entry : items) {
      AgendaItem item = entry.item();
      table.addCell(cell(new Phrase(item.itemNumber() + ".", body)));
      table.addCell(cell(new Phrase(orEmpty(item.documentSymbol()), body)));
      Phrase itemTitle = new Phrase(item.documentTitle(), body);
      if (item.withdrawn()) {
        itemTitle.add(new Chunk(" (withdrawn)", muted));
      }
      table.addCell(cell(itemTitle));
      table.addCell(cell(new Phrase(documentType(item.documentType()), body)));
    }
    return List.of(section("Agenda"), table);
  }

  /** One block per item, kept on one page; the section's title travels with the first. */
  List<Element> decisions(List<Item> items) {
    List<Element> blocks = new ArrayList<>();
    List<Element> parts = new ArrayList<>(List.of(section("Decisions")));
    for (Item entry : items) {
      AgendaItem item = entry.item();
      Paragraph itemHeading = new Paragraph(13.5f,
          "Item " + item.itemNumber() + ". " + item.documentTitle(), subheading);
      parts.add(itemHeading);
      if (entry.decisions().isEmpty()) {
        parts.add(new Paragraph(item.withdrawn() ? "Withdrawn from the agenda; no decision was taken."
            : "No decision was recorded on this item.", muted));
      }
      for (Decision decision : entry.decisions()) {
        parts.add(decision(decision, item));
      }
      PdfPTable block = block(parts);
      // A cell ignores the spacing before its first paragraph: the block keeps the items apart.
      block.setSpacingBefore(blocks.isEmpty() ? 0 : 8);
      blocks.add(block);
      parts = new ArrayList<>();
    }
    if (blocks.isEmpty()) {
      parts.add(new Paragraph("The agenda was empty.", muted));
      blocks.add(block(parts));
    }
    return blocks;
  }

  List<Element> attendance(List<Attendance> attendance) {
    List<Attendance> states = attendance.stream().filter(Attendance::memberState).toList();
    List<Attendance> observers = attendance.stream().filter(a -> !a.memberState() && a.present()).toList();
    long present = states.stream().filter(Attendance::present).count();
    List<Element> parts = new ArrayList<>();
    parts.add(section("Attendance"));
    parts.add(new Paragraph("Member states present: " + present + " of " + states.size() + ".", body));
    parts.add(attendanceTable(states));
    Paragraph observerLine = new Paragraph(observers.isEmpty() ? "No observers attended."
        : "Observers present: " + String.join(", ", observers.stream().map(SummaryRecordSections::named).toList())
            + ".", body);
    observerLine.setSpacingBefore(8);
    parts.add(observerLine);
    return List.of(block(parts));
  }

  private PdfPTable decision(Decision decision, AgendaItem item) {
    PdfPTable facts = facts();
    facts.setSpacingBefore(6);
    fact(facts, "Decision", new Phrase(decision.number(), bold));
    fact(facts, "Outcome", new Phrase(words.apply(decision.outcome()), body));
    if (decision.documentId() != item.documentId()) {
      // A budget's item carries its staff matrix: say which document this decision is on.
      fact(facts, "Document", new Phrase(orEmpty(decision.documentSymbol()) + " " + decision.documentTitle()
          + " (" + documentType(decision.documentType()) + ")", body));
    }
    fact(facts, "Version", new Phrase(String.valueOf(decision.versionNumber()), body));
    fact(facts, "SHA-256", new Phrase(decision.versionSha256(), mono));
    if (decision.note() != null) {
      fact(facts, "Note", new Phrase(decision.note(), body));
    }
    fact(facts, "Recorded", new Phrase(Times.longUtc(decision.decidedAt())
        + (decision.decidedBy() == null ? "" : " by " + decision.decidedBy()), body));
    if (!decision.reservations().isEmpty()) {
      Phrase statements = new Phrase(12.5f);
      for (Reservation reservation : decision.reservations()) {
        if (!statements.isEmpty()) {
          statements.add(Chunk.NEWLINE);
        }
        statements.add(new Chunk(reservation.delegationCode(), bold));
        statements.add(new Chunk(reservation.source() == Reservation.Source.ROUND
            ? " (entered in the negotiation round): " : " (made at the meeting): ", muted));
        statements.add(new Chunk(reservation.text(), body));
      }
      fact(facts, "Reservations and statements", statements);
    }
    return facts;
  }

  /** Member states in two side-by-side halves, each read downwards, so 28 states take 14 rows. */
  private PdfPTable attendanceTable(List<Attendance> states) {
    PdfPTable table = new PdfPTable(new float[] {34, 16, 34, 16});
    table.setWidthPercentage(100);
    table.setSpacingBefore(6);
    PdfKit.headerRow(table, bold, List.of("Member state", "Attendance", "Member state", "Attendance"));
    int rows = (states.size() + 1) / 2;
    for (int row = 0; row < rows; row++) {
      for (int index : new int[] {row, row + rows}) {
        if (index < states.size()) {
          Attendance state = states.get(index);
          table.addCell(cell(new Phrase(named(state), body)));
          table.addCell(cell(new Phrase(state.present() ? "Present" : "Absent", state.present() ? bold : muted)));
        } else {
          table.addCell(cell(new Phrase("")));
          table.addCell(cell(new Phrase("")));
        }
      }
    }
    return table;
  }

  private String formatAndPlace(Meeting meeting) {
    String place = meeting.place() == null || meeting.place().isBlank() ? null : meeting.place().strip();
    return switch (meeting.format()) {
      case VIDEOCONFERENCE -> place == null ? "Videoconference" : "Videoconference, chaired from " + place;
      case IN_PERSON -> place == null ? "In person" : "In person, " + place;
      case HYBRID -> place == null ? "Hybrid: in person and by videoconference"
          : "Hybrid: in person in " + place + " and by videoconference";
    };
  }

  private Paragraph section(String name) {
    Paragraph paragraph = new Paragraph(name, heading);
    paragraph.setSpacingBefore(18);
    paragraph.setSpacingAfter(6);
    return paragraph;
  }

  /**
   * Elements that must stay on one page (a heading with what follows it): one borderless cell of a
   * table kept together, so the block moves to the next page rather than leave its heading behind.
   */
  private static PdfPTable block(List<Element> elements) {
    PdfPCell cell = new PdfPCell();
    cell.setBorder(Rectangle.NO_BORDER);
    cell.setPadding(0);
    elements.forEach(cell::addElement);
    PdfPTable block = new PdfPTable(1);
    block.setWidthPercentage(100);
    block.setKeepTogether(true);
    block.addCell(cell);
    return block;
  }

  private static Paragraph centered(String text, Font font, float spacingBefore) {
    Paragraph paragraph = new Paragraph(text, font);
    paragraph.setAlignment(Element.ALIGN_CENTER);
    paragraph.setSpacingBefore(spacingBefore);
    return paragraph;
  }

  /** Borderless label / value rows. */
  private static PdfPTable facts() {
    PdfPTable table = new PdfPTable(new float[] {24, 76});
    table.setWidthPercentage(100);
    return table;
  }

  private void fact(PdfPTable table, String label, Phrase value) {
    PdfPCell key = new PdfPCell(new Phrase(label, muted));
    PdfPCell content = new PdfPCell(value);
    for (PdfPCell cell : List.of(key, content)) {
      cell.setBorder(Rectangle.NO_BORDER);
      cell.setPaddingTop(1.5f);
      cell.setPaddingBottom(2.5f);
      table.addCell(cell);
    }
  }

  private static PdfPCell cell(Phrase phrase) {
    return PdfKit.cell(phrase, false);
  }

  private static String named(Attendance attendance) {
    return attendance.delegationName() + " (" + attendance.delegationCode() + ")";
  }

  private String documentType(String type) {
    try {
      return words.apply(DocumentType.valueOf(type));
    } catch (IllegalArgumentException | NullPointerException e) {
      return orEmpty(type);
    }
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }
}
