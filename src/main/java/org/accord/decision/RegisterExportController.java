package org.accord.decision;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.accord.security.UserPreferences;
import org.accord.system.InvalidInputException;
import org.accord.system.TextSearch;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The decision register as files to download; anyone signed in may export it. */
@RestController
@Tag(name = "Decisions")
class RegisterExportController {

  static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  private final RegisterExportCsv csv;
  private final RegisterExportPdf pdf;

  RegisterExportController(RegisterExportCsv csv, RegisterExportPdf pdf) {
    this.csv = csv;
    this.pdf = pdf;
  }

  @GetMapping(path = "/api/decisions.csv", produces = "text/csv")
  @Operation(summary = "The decision register as CSV (RFC 4180, UTF-8 with BOM), newest first, optionally of one "
      + "year and of the documents whose symbol or title contains text")
  ResponseEntity<StreamingResponseBody> csv(@RequestParam(required = false) Integer year,
      @RequestParam(required = false) String text) {
    RegisterFilter filter = new RegisterFilter(year, text);
    return download(filter, "csv", CSV, out -> csv.write(filter, out));
  }

  @GetMapping(path = "/api/decisions.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
  @Operation(summary = "The decision register as PDF (A4 landscape), newest first, optionally of one year and of "
      + "the documents whose symbol or title contains text; in English, or in Russian with language=ru (else the "
      + "reader's chosen language)")
  ResponseEntity<StreamingResponseBody> pdf(@RequestParam(required = false) Integer year,
      @RequestParam(required = false) String text, @RequestParam(required = false) String language, Locale reader) {
    Locale chosen = language != null ? UserPreferences.language(language) : UserPreferences.supported(reader);
    RegisterFilter filter = new RegisterFilter(year, text);
    return download(filter, "pdf", MediaType.APPLICATION_PDF, out -> pdf.write(filter, chosen, out));
  }

  /** Checked before streaming starts, so that a bad year is still a 400 problem, not a broken file. */
  private static ResponseEntity<StreamingResponseBody> download(RegisterFilter filter, String extension,
      MediaType type, StreamingResponseBody body) {
    check(filter);
    Integer year = filter.year();
    String filename = "decision-register" + (year == null ? "" : "-" + year) + "." + extension;
    return ResponseEntity.ok()
        .contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
        .body(body);
  }

  /** The filter's limits, the same for the exports and the register's JSON. */
  static void check(RegisterFilter filter) {
    if (filter.year() != null && (filter.year() < 1 || filter.year() > 9999)) {
      throw new InvalidInputException("refusal.decision.year");
    }
    if (filter.text() != null && filter.text().length() > TextSearch.MAX_LENGTH) {
      throw new InvalidInputException("refusal.decision.textTooLong", TextSearch.MAX_LENGTH);
    }
  }
}
