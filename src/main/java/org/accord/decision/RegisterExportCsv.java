package org.accord.decision;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;

/**
 * The decision register as CSV: RFC 4180 (commas, CRLF, fields quoted when they hold a comma, a
 * quote or a line break), UTF-8 with a byte order mark so that spreadsheet programs read the
 * accents right. Always English, so that programs reading it find the same columns and words.
 */
@Component
class RegisterExportCsv {

  private static final char BYTE_ORDER_MARK = '\uFEFF';
  private static final Locale LANGUAGE = Locale.ENGLISH;

  private final RegisterExportRows rows;

  RegisterExportCsv(RegisterExportRows rows) {
    this.rows = rows;
  }

  /** Writes the decisions the filter lets through to {@code out}, leaving it open. */
  void write(RegisterFilter filter, OutputStream out) throws IOException {
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    writer.write(BYTE_ORDER_MARK);
    CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
    printer.printRecord(rows.headers(LANGUAGE));
    try {
      rows.forEach(filter, LANGUAGE, cells -> {
        try {
          printer.printRecord(cells.stream().map(RegisterExportCsv::inert));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    printer.flush();
  }

  /**
   * A spreadsheet runs a cell that starts with = + - @ as a formula; titles, notes and statements
   * come from many hands, so such a cell is opened with an apostrophe and stays text (OWASP's advice
   * on CSV injection).
   */
  static String inert(String cell) {
    return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
  }
}
