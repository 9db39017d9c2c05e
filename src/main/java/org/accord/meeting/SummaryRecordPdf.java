package org.accord.meeting;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.accord.forum.Delegation;
import org.accord.forum.Forum;
import org.accord.system.Labels;
import org.accord.system.pdf.PdfKit;
import org.accord.system.pdf.PdfPageFooter;
import org.accord.system.pdf.PdfWords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Renders a closed meeting's summary record as a PDF: heading, agenda, the decisions on each item
 * with the exact versions and the reservations attached, and attendance. The same summary always
 * renders to the same bytes, so the kept record's SHA-256 can be checked by rendering it again.
 * The record kept is English; a reader may ask for it in Russian, marked as a translation.
 */
@Component
public class SummaryRecordPdf {

  /** The summary record is kept in English, the language its readers across the forum share. */
  static final Locale LANGUAGE = Locale.ENGLISH;

  /** The forum's name in a language. */
  private final Function<Locale, String> forumName;
  /** Each party's name in a language, by code: read once per rendering, never once per row. */
  private final Function<Locale, Map<String, String>> partyNames;
  private final Labels labels;
  /** The forum's time zone: the record's moments are given in it beside UTC. */
  private final ZoneId zone;

  @Autowired
  SummaryRecordPdf(Forum forum, Labels labels) {
    this(forum::name, language -> forum.all().stream()
        .collect(Collectors.toMap(Delegation::code, delegation -> delegation.name(language))), labels,
        forum.timeZone());
  }

  public SummaryRecordPdf(Function<Locale, String> forumName, Function<Locale, Map<String, String>> partyNames,
      Labels labels, ZoneId zone) {
    this.zone = zone;
    this.forumName = forumName;
    this.partyNames = partyNames;
    this.labels = labels;
  }

  /** The record kept: in English. */
  public byte[] render(MeetingSummary summary) {
    return render(summary, LANGUAGE);
  }

  public byte[] render(MeetingSummary summary, Locale language) {
    Meeting meeting = summary.meeting();
    PdfWords words = new PdfWords(labels, language);
    Map<String, String> parties = partyNames.apply(language);
    BaseFont text = PdfKit.textFont(meeting.id());
    var sections = new SummaryRecordSections(text, PdfKit.monoFont(), words,
        (code, englishName) -> parties.getOrDefault(code, englishName), zone);
    var out = new ByteArrayOutputStream();
    // A4 with room below the text for the footer.
    var document = new Document(PageSize.A4, 56, 56, 50, 64);
    PdfWriter writer = PdfWriter.getInstance(document, out);
    writer.setPageEvent(new PdfPageFooter(footer(meeting, words, zone), words, text));
    document.open();
    PdfKit.describe(writer, document, words.text("record.summary.of", meeting.title()),
        meeting.closedAt() != null ? meeting.closedAt() : meeting.startsAt(),
        "accord/soc-meeting/" + meeting.id() + "/" + meeting.closedAt() + (language.equals(LANGUAGE) ? "" : "/" + language));
    Stream.of(sections.heading(forumName.apply(language), meeting), translationNote(words, text),
            sections.agenda(summary.agenda()), sections.decisions(summary.agenda()),
            sections.attendance(summary.attendance()))
        .flatMap(List::stream)
        .forEach(document::add);
    document.close();
    return out.toByteArray();
  }

  /** A rendering in another language says that it is not the record kept. */
  private static List<Paragraph> translationNote(PdfWords words, BaseFont text) {
    if (words.language().getLanguage().equals(LANGUAGE.getLanguage())) {
      return List.of();
    }
    Paragraph note = new Paragraph(words.text("record.translation"), new Font(text, 9, Font.ITALIC));
    note.setAlignment(Paragraph.ALIGN_CENTER);
    note.setSpacingBefore(8);
    return List.of(note);
  }

  private static String footer(Meeting meeting, PdfWords words, ZoneId zone) {
    return meeting.closedAt() == null ? words.text("record.producedBy")
        : words.text("record.producedOnClosing", words.localAndUtc(meeting.closedAt(), zone));
  }
}
