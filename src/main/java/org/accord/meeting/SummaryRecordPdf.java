package org.accord.meeting;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.accord.forum.Forum;
import org.accord.system.Labels;
import org.accord.system.Times;
import org.accord.system.pdf.PdfKit;
import org.accord.system.pdf.PdfPageFooter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Renders a closed meeting's summary record as a PDF: heading, agenda, the decisions on each item
 * with the exact versions and the reservations attached, and attendance. The same summary always
 * renders to the same bytes, so the kept record's SHA-256 can be checked by rendering it again.
 */
@Component
public class SummaryRecordPdf {

  /** The summary record is written in English, the language its readers across the forum share. */
  static final Locale LANGUAGE = Locale.ENGLISH;

  private final String forumName;
  private final Labels labels;

  @Autowired
  SummaryRecordPdf(Forum forum, Labels labels) {
    this(forum.name(), labels);
  }

  public SummaryRecordPdf(String forumName, Labels labels) {
    this.forumName = forumName;
    this.labels = labels;
  }

  public byte[] render(MeetingSummary summary) {
    Meeting meeting = summary.meeting();
    BaseFont text = PdfKit.textFont(meeting.id());
    var sections = new SummaryRecordSections(text, PdfKit.monoFont(), code -> labels.of(code, LANGUAGE));
    var out = new ByteArrayOutputStream();
    // A4 with room below the text for the footer.
    var document = new Document(PageSize.A4, 56, 56, 50, 64);
    PdfWriter writer = PdfWriter.getInstance(document, out);
    writer.setPageEvent(new PdfPageFooter(footer(meeting), text));
    document.open();
    PdfKit.describe(writer, document, "Summary record: " + meeting.title(),
        meeting.closedAt() != null ? meeting.closedAt() : meeting.startsAt(),
        "accord/soc-meeting/" + meeting.id() + "/" + meeting.closedAt());
    Stream.of(sections.heading(forumName, meeting), sections.agenda(summary.agenda()),
            sections.decisions(summary.agenda()), sections.attendance(summary.attendance()))
        .flatMap(List::stream)
        .forEach(document::add);
    document.close();
    return out.toByteArray();
  }

  private static String footer(Meeting meeting) {
    String produced = "Produced by Accord";
    return meeting.closedAt() == null ? produced
        : produced + " on closing the meeting, " + Times.longUtc(meeting.closedAt());
  }
}
