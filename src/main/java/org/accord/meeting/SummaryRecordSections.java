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
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.accord.decision.Decision;
import org.accord.decision.Reservation;
import org.accord.document.DocumentType;
import org.accord.meeting.MeetingSummary.Attendance;
import org.accord.meeting.MeetingSummary.Item;
import org.accord.system.pdf.PdfKit;
import org.accord.system.pdf.PdfWords;

/**
 * The parts of a summary record, laid out for A4 portrait. Every moment is given in the forum's time
 * zone, where the meeting sat, with UTC beside it for delegations reading it elsewhere.
 */
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

  private final PdfWords words;
  /** A party's name in the record's language, by its code and English name. */
  private final BiFunction<String, String, String> partyName;
  /** The forum's time zone. */
  private final ZoneId zone;

  SummaryRecordSections(BaseFont text, BaseFont monospaced, PdfWords words, BiFunction<String, String, String> partyName,
      ZoneId zone) {
    this.words = words;
    this.partyName = partyName;
    this.zone = zone;
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
    parts.add(centered(words.text("record.soc"), body, 2));
    parts.add(centered(words.text("record.summary"), title, 16));
    parts.add(centered(meeting.title(), heading, 4));
    PdfPTable facts = facts();
    facts.setSpacingBefore(12);
    fact(facts, words.text("record.dateAndTime"), new Phrase(words.localAndUtc(meeting.startsAt(), zone), body));
    fact(facts, words.text("record.formatAndPlace"), new Phrase(formatAndPlace(meeting), body));
    if (meeting.openedAt() != null && meeting.openedAt().isBefore(meeting.startsAt())) {
      // The meeting sat from then: its decisions carry that day, not the convened one.
      fact(facts, words.text("record.openedEarly"), new Phrase(
          byWhom(meeting.openedAt(), words.actor(meeting.openedBy(), meeting.openedActingFor())), body));
    }
    if (meeting.closedAt() != null) {
      fact(facts, words.text("record.closed"), new Phrase(
          byWhom(meeting.closedAt(), words.actor(meeting.closedBy(), meeting.closedActingFor())), body));
    }
    parts.add(facts);
    return parts;
  }

  List<Element> agenda(List<Item> items) {
    PdfPTable table = new PdfPTable(new float[] {6, 30, 46, 18});
    table.setWidthPercentage(100);
    PdfKit.headerRow(table, bold, List.of(words.text("record.agenda.number"), words.text("record.agenda.symbol"),
        words.text("record.agenda.title"), words.text("record.agenda.type")));
    for (Item entry : items) {
      AgendaItem item = entry.item();
      table.addCell(cell(new Phrase(item.itemNumber() + ".", body)));
      table.addCell(cell(new Phrase(orEmpty(item.documentSymbol()), body)));
      Phrase itemTitle = new Phrase(item.documentTitle(), body);
      if (item.withdrawn()) {
        itemTitle.add(new Chunk(" " + words.text("record.agenda.withdrawn"), muted));
      }
      table.addCell(cell(itemTitle));
      table.addCell(cell(new Phrase(documentType(item.documentType()), body)));
    }
    return List.of(section(words.text("record.agenda")), table);
  }

  /** One block per item, kept on one page; the section's title travels with the first. */
  List<Element> decisions(List<Item> items) {
    List<Element> blocks = new ArrayList<>();
    List<Element> parts = new ArrayList<>(List.of(section(words.text("record.decisions"))));
    for (Item entry : items) {
      AgendaItem item = entry.item();
      Paragraph itemHeading = new Paragraph(13.5f,
          words.text("record.item", item.itemNumber(), item.documentTitle()), subheading);
      parts.add(itemHeading);
      if (entry.decisions().isEmpty()) {
        parts.add(new Paragraph(words.text(item.withdrawn() ? "record.item.withdrawn" : "record.item.undecided"), muted));
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
      parts.add(new Paragraph(words.text("record.agenda.empty"), muted));
      blocks.add(block(parts));
    }
    return blocks;
  }

  List<Element> attendance(List<Attendance> attendance) {
    List<Attendance> states = attendance.stream().filter(Attendance::memberState).toList();
    List<Attendance> observers = attendance.stream().filter(a -> !a.memberState() && a.present()).toList();
    long present = states.stream().filter(Attendance::present).count();
    List<Element> parts = new ArrayList<>();
    parts.add(section(words.text("record.attendance")));
    parts.add(new Paragraph(words.text("record.attendance.count", present, states.size()), body));
    parts.add(attendanceTable(states));
    Paragraph observerLine = new Paragraph(observers.isEmpty() ? words.text("record.attendance.noObservers")
        : words.text("record.attendance.observers", String.join(", ", observers.stream().map(this::named).toList())),
        body);
    observerLine.setSpacingBefore(8);
    parts.add(observerLine);
    return List.of(block(parts));
  }

  private PdfPTable decision(Decision decision, AgendaItem item) {
    PdfPTable facts = facts();
    facts.setSpacingBefore(6);
    fact(facts, words.text("record.decision"), new Phrase(decision.number(), bold));
    fact(facts, words.text("record.outcome"), new Phrase(words.label(decision.outcome()), body));
    if (decision.documentId() != item.documentId()) {
      // A budget's item carries its staff matrix: say which document this decision is on.
      fact(facts, words.text("record.document"), new Phrase(orEmpty(decision.documentSymbol()) + " " + decision.documentTitle()
          + " (" + documentType(decision.documentType()) + ")", body));
    }
    fact(facts, words.text("record.version"), new Phrase(String.valueOf(decision.versionNumber()), body));
    fact(facts, "SHA-256", new Phrase(decision.versionSha256(), mono));
    if (decision.note() != null) {
      fact(facts, words.text("record.note"), new Phrase(decision.note(), body));
    }
    if (decision.decidedOn() != null) {
      // the decision is the meeting's act, dated by the day it sat; when it was typed is kept below
      fact(facts, words.text("clock.record.decisionDate"), new Phrase(
          DateTimeFormatter.ofPattern("d MMMM yyyy", words.language()).format(decision.decidedOn()), body));
    }
    String actor = words.actor(decision.decidedBy(), decision.actingFor());
    fact(facts, words.text("record.recorded"), new Phrase(byWhom(decision.decidedAt(), actor), body));
    if (decision.signedAt() != null) {
      fact(facts, words.text("record.signed"), new Phrase(byWhom(decision.signedAt(), actor), body));
    }
    if (!decision.reservations().isEmpty()) {
      Phrase statements = new Phrase(12.5f);
      for (Reservation reservation : decision.reservations()) {
        if (!statements.isEmpty()) {
          statements.add(Chunk.NEWLINE);
        }
        statements.add(new Chunk(reservation.delegationCode(), bold));
        statements.add(new Chunk(" " + words.text(reservation.source() == Reservation.Source.ROUND
            ? "record.reservation.round" : "record.reservation.meeting") + " ", muted));
        statements.add(new Chunk(reservation.text(), body));
      }
      fact(facts, words.text("record.reservations"), statements);
    }
    return facts;
  }

  /** Member states in two side-by-side halves, each read downwards, so 28 states take 14 rows. */
  private PdfPTable attendanceTable(List<Attendance> states) {
    PdfPTable table = new PdfPTable(new float[] {34, 16, 34, 16});
    table.setWidthPercentage(100);
    table.setSpacingBefore(6);
    String state = words.text("record.attendance.memberState");
    String attended = words.text("record.attendance.column");
    PdfKit.headerRow(table, bold, List.of(state, attended, state, attended));
    int rows = (states.size() + 1) / 2;
    for (int row = 0; row < rows; row++) {
      for (int index : new int[] {row, row + rows}) {
        if (index < states.size()) {
          Attendance member = states.get(index);
          table.addCell(cell(new Phrase(named(member), body)));
          table.addCell(cell(new Phrase(words.text(member.present() ? "record.attendance.present" : "record.attendance.absent"),
              member.present() ? bold : muted)));
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
    String format = "record.format." + meeting.format().name();
    return place == null ? words.text(format) : words.text(format + ".at", place);
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

  private String named(Attendance attendance) {
    return partyName.apply(attendance.delegationCode(), attendance.delegationName()) + " (" + attendance.delegationCode() + ")";
  }

  /** "15 December 2022, 13:05 (Asia/Almaty), 07:05 UTC by soc.chair". */
  private String byWhom(OffsetDateTime when, String who) {
    String at = words.localAndUtc(when, zone);
    return who == null ? at : words.text("record.byWhom", at, who);
  }

  private String documentType(String type) {
    try {
      return words.label(DocumentType.valueOf(type));
    } catch (IllegalArgumentException | NullPointerException e) {
      return orEmpty(type);
    }
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }
}
