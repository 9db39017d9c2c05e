package org.accord.meeting;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.stream.Stream;
import org.accord.decision.RegisterExportPdfFooter;
import org.accord.decision.RegisterExportPdfKit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Renders a closed meeting's summary record as a PDF: heading, agenda, the decisions on each item
 * with the exact versions and the reservations attached, and attendance. The same summary always
 * renders to the same bytes, so the kept record's SHA-256 can be checked by rendering it again.
 */
@Component
public class SummaryRecordPdf {

  static final String DEMO_FORUM = "Conference on Interaction and Confidence Building Measures in Asia";

  private final String forumName;

  /** Outside Spring (tests): the forum of the demo configuration. */
  public SummaryRecordPdf() {
    this(DEMO_FORUM);
  }

  @Autowired
  SummaryRecordPdf(@Value("${accord.forum.name:" + DEMO_FORUM + "}") String forumName) {
    this.forumName = forumName;
  }

  public byte[] render(MeetingSummary summary) {
    Meeting meeting = summary.meeting();
    BaseFont text = RegisterExportPdfKit.textFont(meeting.id());
    var sections = new SummaryRecordSections(text, RegisterExportPdfKit.monoFont());
    var out = new ByteArrayOutputStream();
    // A4 with room below the text for the footer.
    var document = new Document(PageSize.A4, 56, 56, 50, 64);
    PdfWriter writer = PdfWriter.getInstance(document, out);
    writer.setPageEvent(new RegisterExportPdfFooter(footer(meeting), text));
    document.open();
    RegisterExportPdfKit.describe(writer, document, "Summary record: " + meeting.title(),
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
        : produced + " on closing the meeting, " + RegisterExportPdfKit.longUtc(meeting.closedAt());
  }
}
