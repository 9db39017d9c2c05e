package org.accord.document;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.net.URI;
import org.accord.security.CurrentUser;
import org.accord.system.InvalidInputException;
import org.accord.system.PageOf;
import org.accord.system.Limits;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/documents")
@Tag(name = "Documents", description = "Create documents, upload versions, register and withdraw them")
class DocumentController {

  record NewDocumentRequest(@NotNull DocumentType type, @NotBlank @Size(max = Limits.TITLE) String title,
      @NotBlank String coordinator, Long packageOf, String text, JsonNode data) {}

  record NewVersion(String text, JsonNode data, @Size(max = Limits.NOTE) String note) {}

  record RegistrationRequest(@NotBlank @Size(max = Limits.SYMBOL) String symbol) {}

  record WithdrawalRequest(@NotBlank @Size(max = Limits.NOTE) String reason) {}

  private final Documents documents;

  DocumentController(Documents documents) {
    this.documents = documents;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Create a document (optionally with its first draft: structured data and/or text) and start its approval; a staff matrix names its budget in packageOf")
  ResponseEntity<Document> create(@RequestBody @Valid NewDocumentRequest request, CurrentUser user) {
    Submission draft = isEmpty(request.text()) && request.data() == null
        ? null : submission(request.text(), request.data(), null);
    Document document = documents.create(new Documents.NewDocument(request.type(), request.title(),
        request.coordinator(), request.packageOf(), draft), user);
    return ResponseEntity.created(URI.create("/api/documents/" + document.id())).body(document);
  }

  @GetMapping
  @Operation(summary = "List documents, newest change first, filtered by status and type")
  PageOf<Document> list(@RequestParam(required = false) DocumentStatus status,
      @RequestParam(required = false) DocumentType type,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
    PageOf.check(page, size);
    return new PageOf<>(documents.page(status, type, page * size, size), page, size, documents.count(status, type));
  }

  @PostMapping(path = "/{id}/versions", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Submit the draft or a revision as structured data and/or text (coordinator)")
  ResponseEntity<DocumentVersion> upload(@PathVariable long id, @RequestBody @Valid NewVersion request,
      CurrentUser user) {
    return created(id, documents.upload(id, submission(request.text(), request.data(), request.note()), user));
  }

  @PostMapping(path = "/{id}/versions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "Submit the draft or a revision as a file (PDF, DOCX, ODT or plain text, up to 20 MB), with structured data beside it if the type has some (coordinator)")
  ResponseEntity<DocumentVersion> uploadFile(@PathVariable long id, @RequestPart("file") MultipartFile file,
      @RequestParam(required = false) String data, @RequestParam(required = false) String note, CurrentUser user) {
    VersionContent body = VersionContent.file(file.getOriginalFilename(), file.getContentType(), bytes(file));
    return created(id, documents.upload(id, new Submission(data, body, note), user));
  }

  @GetMapping("/{id}/versions/{number}/content")
  @Operation(summary = "Download the content of a version: its structured data, or its file or text")
  ResponseEntity<byte[]> content(@PathVariable long id, @PathVariable int number) {
    return download(documents.content(id, number), "document-" + id + "-v" + number);
  }

  @GetMapping("/{id}/versions/{number}/attachment")
  @Operation(summary = "Download the file that came beside a version's structured data")
  ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable int number) {
    return download(documents.attachment(id, number), "document-" + id + "-v" + number + "-attachment");
  }

  @PostMapping("/{id}/registration")
  @Operation(summary = "Register the document and give it its symbol (Secretariat)")
  Document register(@PathVariable long id, @RequestBody @Valid RegistrationRequest request, CurrentUser user) {
    return documents.register(id, new Registration(request.symbol()), user);
  }

  @PostMapping("/{id}/withdrawal")
  @Operation(summary = "Withdraw the document before adoption, with the reason; everything open on it is closed (coordinator)")
  Document withdraw(@PathVariable long id, @RequestBody @Valid WithdrawalRequest request, CurrentUser user) {
    return documents.withdraw(id, request.reason(), user);
  }

  private static Submission submission(String text, JsonNode data, String note) {
    VersionContent body = isEmpty(text) ? null : VersionContent.text(text);
    return new Submission(data == null || data.isNull() ? null : data.toString(), body, note);
  }

  private static ResponseEntity<DocumentVersion> created(long id, DocumentVersion version) {
    return ResponseEntity.created(URI.create("/api/documents/" + id + "/versions/" + version.number()))
        .body(version);
  }

  private static ResponseEntity<byte[]> download(VersionContent content, String baseName) {
    // Cleaned again on the way out: a name stored before names were cleaned must not reach the header raw.
    String stored = VersionContent.cleanFileName(content.fileName());
    String fileName = stored != null ? stored
        : baseName + (content.mediaType().startsWith(VersionContent.JSON) ? ".json" : ".txt");
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(content.mediaType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
        .body(content.bytes());
  }

  private static boolean isEmpty(String text) {
    return text == null || text.isBlank();
  }

  private static byte[] bytes(MultipartFile file) {
    try {
      return file.getBytes();
    } catch (IOException e) {
      throw new InvalidInputException("refusal.document.fileUnreadable");
    }
  }
}
