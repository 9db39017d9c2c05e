package org.accord.document.content;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Comparator;
import org.accord.document.Document;
import org.accord.document.Documents;
import org.accord.document.DocumentType;
import org.accord.document.DocumentVersion;
import org.accord.document.VersionContent;
import org.accord.system.ConflictException;
import org.accord.system.InvalidInputException;
import org.accord.system.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/documents/{id}")
@Tag(name = "Documents")
class ContentController {

  static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

  record Comparison(long documentId, DocumentType type, int from, int to, VersionDiff diff) {}

  /** The version a calendar export is made of, with what the export needs of it. */
  private record CalendarVersion(Document document, String json, Instant uploadedAt) {}

  private final Documents documents;
  private final VersionComparison comparison;
  private final CalendarExport export;

  ContentController(Documents documents, VersionComparison comparison, CalendarExport export) {
    this.documents = documents;
    this.comparison = comparison;
    this.export = export;
  }

  @GetMapping("/versions/{from}/diff/{to}")
  @Operation(summary = "Compare two versions: changed fields, list items added, removed or changed, and "
      + "changed lines of texts")
  Comparison diff(@PathVariable long id, @PathVariable int from, @PathVariable int to) {
    Document document = documents.get(id);
    VersionDiff diff = comparison.compare(document.type(), documents.content(id, from), documents.content(id, to));
    return new Comparison(id, document.type(), from, to, diff);
  }

  @GetMapping("/calendar.ics")
  @Operation(summary = "The latest version of a calendar of events, as iCalendar")
  ResponseEntity<String> calendar(@PathVariable long id) {
    CalendarVersion latest = latestCalendar(id);
    String body = export.calendar(id, latest.document().title(), latest.json(), latest.uploadedAt());
    return ics("calendar-" + id + ".ics", body);
  }

  @GetMapping("/calendar/events/{uid}.ics")
  @Operation(summary = "One event of the latest version of a calendar of events, as iCalendar, by its UID")
  ResponseEntity<String> event(@PathVariable long id, @PathVariable String uid) {
    CalendarVersion latest = latestCalendar(id);
    String body = export.event(id, latest.document().title(), latest.json(), uid, latest.uploadedAt())
        .orElseThrow(() -> new NotFoundException("refusal.content.noEvent", id, uid));
    return ics("event-" + uid.replaceAll("[^A-Za-z0-9-]", "-") + ".ics", body);
  }

  private CalendarVersion latestCalendar(long id) {
    Document document = documents.get(id);
    if (document.type() != DocumentType.CALENDAR_OF_EVENTS) {
      throw new InvalidInputException("refusal.content.notCalendar", id, document.type());
    }
    DocumentVersion latest = documents.versions(id).stream()
        .max(Comparator.comparingInt(DocumentVersion::number))
        .orElseThrow(() -> new ConflictException("refusal.content.calendarWithoutVersion", id));
    VersionContent content = documents.content(id, latest.number());
    if (!content.mediaType().startsWith(VersionComparison.JSON)) {
      throw new ConflictException("refusal.content.calendarNotData", latest.number(), id);
    }
    return new CalendarVersion(document, new String(content.bytes(), StandardCharsets.UTF_8),
        latest.uploadedAt().toInstant());
  }

  private static ResponseEntity<String> ics(String fileName, String body) {
    return ResponseEntity.ok()
        .contentType(TEXT_CALENDAR)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName).build().toString())
        .body(body);
  }
}
