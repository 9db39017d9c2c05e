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
import org.accord.system.AccordClock;
import org.accord.system.Times;
import org.accord.system.pdf.PdfKit;
import org.accord.system.pdf.PdfPageFooter;
import org.springframework.stereotype.Component;

/** The decision register as a PDF: one table on A4 landscape, its header repeated on every page. */
@Component
class RegisterExportPdf {

  /**
   * Widths in points of {@link RegisterExportRows#HEADERS}, adding up to the 786 between the margins:
   * a number and an ISO time on one line, a hash in four lines of sixteen, the free texts get the rest.
   */
  private static final float[] WIDTHS = {56, 80, 24, 64, 92, 92, 48, 58, 32, 70, 94, 76};
  private static final int SHA256_COLUMN = RegisterExportRows.HEADERS.indexOf("SHA-256");

  private final RegisterExportRows rows;
  private final AccordClock clock;

  RegisterExportPdf(RegisterExportRows rows, AccordClock clock) {
    this.rows = rows;
    this.clock = clock;
  }

  /** Writes the register of the year (or of all years) to {@code out}, leaving it open. */
  void write(Integer year, OutputStream out) {
    OffsetDateTime asOf = clock.now();
    BaseFont text = PdfKit.textFont(asOf.toEpochSecond());
    Font cellFont = new Font(text, 7);
    Font headerFont = new Font(text, 7, Font.BOLD);
    Font hashFont = new Font(PdfKit.monoFont(), 6.5f);
    String title = "Decision register of the Senior Officials Committee" + (year == null ? "" : ", " + year);

    // Landscape by its own dimensions rather than a /Rotate entry, which some viewers and tools ignore.
    var document = new Document(new Rectangle(PageSize.A4.getHeight(), PageSize.A4.getWidth()), 28, 28, 32, 48);
    PdfWriter writer = PdfWriter.getInstance(document, out);
    writer.setCloseStream(false);
    writer.setPageEvent(new PdfPageFooter(
        title + ", as of " + Times.longUtc(asOf) + ". Produced by Accord", text));
    document.open();
    PdfKit.describe(writer, document, title, asOf, "accord/decision-register/" + year + "/" + asOf);
    Paragraph heading = new Paragraph(title, new Font(text, 13, Font.BOLD));
    heading.setSpacingAfter(2);
    document.add(heading);
    Paragraph subtitle = new Paragraph("Newest first. Times in UTC. As of " + Times.longUtc(asOf) + ".",
        new Font(text, 8));
    subtitle.setSpacingAfter(8);
    document.add(subtitle);

    PdfPTable table = new PdfPTable(WIDTHS);
    table.setTotalWidth(WIDTHS);
    table.setLockedWidth(true);
    PdfKit.headerRow(table, headerFont, RegisterExportRows.HEADERS);
    // Rows go to the page chunk by chunk instead of piling up in memory.
    table.setComplete(false);
    int[] written = {0};
    rows.forEach(year, cells -> {
      for (int column = 0; column < cells.size(); column++) {
        Font font = column == SHA256_COLUMN ? hashFont : cellFont;
        table.addCell(PdfKit.cell(new Phrase(cells.get(column), font), false));
      }
      if (++written[0] % RegisterExportRows.CHUNK == 0) {
        document.add(table);
      }
    });
    if (written[0] == 0) {
      PdfPCell none = PdfKit.cell(
          new Phrase("No decision is recorded" + (year == null ? "." : " for " + year + "."), cellFont), false);
      none.setColspan(WIDTHS.length);
      table.addCell(none);
    }
    table.setComplete(true);
    document.add(table);
    document.close();
  }
}
