package org.accord.system.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.GregorianCalendar;
import java.util.List;
import org.accord.system.Hashing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What Accord's PDF records share, so that they read alike: fonts, table cells and reproducible
 * document metadata. The words they print come from the message bundles, never from here.
 */
public final class PdfKit {

  private static final Logger log = LoggerFactory.getLogger(PdfKit.class);

  /**
   * Liberation Sans travels inside the OpenPDF jar itself, so every machine has it: Latin with its
   * accents (Türkiye, Việt Nam) and Cyrillic, which Helvetica's WinAnsi encoding cannot print.
   */
  private static final String TEXT_FONT = "/font-fallback/LiberationSans-Regular.ttf";
  private static final byte[] TEXT_FONT_BYTES = readTextFont();

  private static final Color RULE = new Color(0xB0, 0xB0, 0xB0);
  private static final Color SHADE = new Color(0xEE, 0xEE, 0xEE);

  private PdfKit() {}

  /**
   * The text font, embedded as a subset. OpenPDF names subsets at random; drawing the name from
   * {@code seed} instead makes the same input render to the same bytes. Without the font file,
   * Helvetica (not embedded, Western European characters only).
   */
  public static BaseFont textFont(long seed) {
    if (TEXT_FONT_BYTES != null) {
      try {
        BaseFont font = BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
            false, TEXT_FONT_BYTES, null);
        font.setSecureRandom(seeded(seed));
        return font;
      } catch (DocumentException | IOException e) {
        log.warn("Liberation Sans could not be loaded; PDFs fall back to Helvetica", e);
      }
    }
    return standardFont(BaseFont.HELVETICA);
  }

  /** Courier, one of the PDF standard fonts: hashes line up and need nothing embedded. */
  public static BaseFont monoFont() {
    return standardFont(BaseFont.COURIER);
  }

  /**
   * Title, author, dates and file identifier from the content rather than from the clock and a
   * random source: rendering the same record twice gives the same bytes, hence the same SHA-256.
   * Call after {@code document.open()}, which writes the clock's dates.
   */
  public static void describe(PdfWriter writer, Document document, String title, OffsetDateTime producedAt,
      String identity) {
    document.addTitle(title);
    document.addAuthor("Accord");
    document.addCreator("Accord");
    PdfDate date = new PdfDate(GregorianCalendar.from(producedAt.atZoneSameInstant(ZoneOffset.UTC)));
    writer.getInfo().put(PdfName.CREATIONDATE, date);
    writer.getInfo().put(PdfName.MODDATE, date);
    byte[] id = Arrays.copyOf(Hashing.sha256(identity), 16);
    writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
  }

  /** The header row of a table: shaded, repeated at the top of every page the table runs onto. */
  public static void headerRow(PdfPTable table, Font font, List<String> columns) {
    columns.forEach(column -> table.addCell(cell(new Phrase(column, font), true)));
    table.setHeaderRows(1);
  }

  /** A table cell with thin gray rules, its text at the top. */
  public static PdfPCell cell(Phrase content, boolean shaded) {
    PdfPCell cell = new PdfPCell(content);
    cell.setBorderColor(RULE);
    cell.setBorderWidth(0.5f);
    cell.setPadding(3);
    cell.setPaddingTop(2);
    cell.setVerticalAlignment(Element.ALIGN_TOP);
    if (shaded) {
      cell.setBackgroundColor(SHADE);
    }
    return cell;
  }

  private static BaseFont standardFont(String name) {
    try {
      return BaseFont.createFont(name, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
    } catch (DocumentException | IOException e) {
      throw new IllegalStateException("OpenPDF lost its standard font " + name, e);
    }
  }

  private static byte[] readTextFont() {
    try (InputStream in = PdfKit.class.getResourceAsStream(TEXT_FONT)) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      return null;
    }
  }

  /** SHA1PRNG seeded before its first use repeats its sequence; the fallback only changes a font's name. */
  private static SecureRandom seeded(long seed) {
    try {
      SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
      random.setSeed(seed);
      return random;
    } catch (NoSuchAlgorithmException e) {
      return new SecureRandom();
    }
  }

}
