package org.accord.system.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/**
 * A footer under a rule on every page: a line of text on the left, "Page n of N" on the right. N is
 * known only when the document closes, so it is drawn into a template placed on every page.
 */
public final class PdfPageFooter extends PdfPageEventHelper {

  private static final float SIZE = 7.5f;
  private static final float GRAY = 0.35f;

  private final String text;
  private final PdfWords words;
  private final BaseFont font;
  private PdfTemplate pageCount;

  public PdfPageFooter(String text, PdfWords words, BaseFont font) {
    this.text = text;
    this.words = words;
    this.font = font;
  }

  @Override
  public void onOpenDocument(PdfWriter writer, Document document) {
    pageCount = writer.getDirectContent().createTemplate(font.getWidthPoint("00000", SIZE), SIZE * 1.5f);
  }

  @Override
  public void onEndPage(PdfWriter writer, Document document) {
    PdfContentByte canvas = writer.getDirectContent();
    float baseline = document.bottom() - 24;
    canvas.saveState();
    canvas.setLineWidth(0.4f);
    canvas.setGrayStroke(0.6f);
    canvas.moveTo(document.left(), baseline + SIZE + 3);
    canvas.lineTo(document.right(), baseline + SIZE + 3);
    canvas.stroke();
    String page = words.pageOf(writer.getPageNumber());
    float pageX = document.right() - font.getWidthPoint(page + "000", SIZE);
    canvas.beginText();
    canvas.setFontAndSize(font, SIZE);
    canvas.setGrayFill(GRAY);
    canvas.setTextMatrix(document.left(), baseline);
    canvas.showText(text);
    canvas.setTextMatrix(pageX, baseline);
    canvas.showText(page);
    canvas.endText();
    canvas.addTemplate(pageCount, pageX + font.getWidthPoint(page, SIZE), baseline);
    canvas.restoreState();
  }

  @Override
  public void onCloseDocument(PdfWriter writer, Document document) {
    pageCount.beginText();
    pageCount.setFontAndSize(font, SIZE);
    pageCount.setGrayFill(GRAY);
    pageCount.setTextMatrix(0, 0);
    // The writer has already moved past the last page.
    pageCount.showText(String.valueOf(writer.getPageNumber() - 1));
    pageCount.endText();
  }
}
