package org.accord.decision;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.OutputStream;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.accord.system.AccordClock;
import org.accord.system.Labels;
import org.accord.system.pdf.PdfKit;
import org.accord.system.pdf.PdfPageFooter;
import org.accord.system.pdf.PdfWords;
import org.springframework.stereotype.Component;

/** The decision register as a PDF: one table on A4 landscape, its header repeated on every page. */
@Component
class RegisterExportPdf {

  /**
   * Widths in points of the register's columns, adding up to the 786 between the margins:
   * a number and an ISO time on one line, a hash in four lines of sixteen, a Russian word unbroken, the
   * free texts get the rest.
   */
  private static final float[] WIDTHS = {62, 62, 28, 60, 86, 80, 52, 54, 30, 66, 80, 70, 56};

  private final RegisterExportRows rows;
  private final Labels labels;
  private final AccordClock clock;

  RegisterExportPdf(RegisterExportRows rows, Labels labels, AccordClock clock) {
    this.rows = rows;
    this.labels = labels;
    this.clock = clock;
  }

  /**
   * Writes the decisions the filter lets through (the year in the title, the text to find under it) in
   * the language given to {@code out}, leaving it open.
   */
  void write(RegisterFilter filter, Locale language, OutputStream out) {
    Integer year = filter.year();
    PdfWords words = new PdfWords(labels, language);
    OffsetDateTime asOf = clock.now();
    BaseFont text = PdfKit.textFont(asOf.toEpochSecond());
    Font cellFont = new Font(text, 7);
    Font headerFont = new Font(text, 7, Font.BOLD);
    Font hashFont = new Font(PdfKit.monoFont(), 6.5f);
    String title = year == null ? words.text("register.title") : words.text("register.title.year", year);

    // Landscape by its own dimensions rather than a /Rotate entry, which some viewers and tools ignore.
    var document = new Document(new Rectangle(PageSize.A4.getHeight(), PageSize.A4.getWidth()), 28, 28, 32, 48);
    PdfWriter writer = PdfWriter.getInstance(document, out);
    writer.setCloseStream(false);
    writer.setPageEvent(new PdfPageFooter(words.text("register.footer", title, words.utc(asOf)), words, text));
    document.open();
    PdfKit.describe(writer, document, title, asOf, "accord/decision-register/" + year + "/" + asOf);
    Paragraph heading = new Paragraph(title, new Font(text, 13, Font.BOLD));
    heading.setSpacingAfter(2);
    document.add(heading);
    Paragraph subtitle = new Paragraph(words.text("register.subtitle", words.utc(asOf)), new Font(text, 8));
    subtitle.setSpacingAfter(filter.text() == null ? 8 : 2);
    document.add(subtitle);
    if (filter.text() != null) {
      Paragraph narrowed = new Paragraph(words.text("register.subtitle.text", filter.text()), new Font(text, 8));
      narrowed.setSpacingAfter(8);
      document.add(narrowed);
    }

    PdfPTable table = new PdfPTable(WIDTHS);
    table.setTotalWidth(WIDTHS);
    table.setLockedWidth(true);
    PdfKit.headerRow(table, headerFont, rows.headers(language));
    // Rows go to the page chunk by chunk instead of piling up in memory.
    table.setComplete(false);
    int[] written = {0};
    rows.forEach(filter, language, cells -> {
      for (int column = 0; column < cells.size(); column++) {
        Font font = column == RegisterExportRows.SHA256_COLUMN ? hashFont : cellFont;
        table.addCell(PdfKit.cell(new Phrase(cells.get(column), font), false));
      }
      if (++written[0] % RegisterExportRows.CHUNK == 0) {
        document.add(table);
      }
    });
    if (written[0] == 0) {
      PdfPCell none = PdfKit.cell(
          new Phrase(filter.text() != null ? words.text("register.none.text")
              : year == null ? words.text("register.none") : words.text("register.none.year", year), cellFont), false);
      none.setColspan(WIDTHS.length);
      table.addCell(none);
    }
    table.setComplete(true);
    document.add(table);
    document.close();
  }
}
