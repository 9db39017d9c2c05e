package org.accord.document;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.net.URI;
import org.accord.security.CurrentUser;
import org.accord.system.InvalidInputException;
import org.accord.system.PageOf;
import org.accord.system.Transactions;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
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
@Tag(name = "Documents", description = "Create documents, upload versions, register them")
@Validated
class DocumentController {

  record NewDocument(@NotNull DocumentType type, @NotBlank @Size(max = 300) String title,
      @NotBlank String coordinator, String text) {}

  record NewTextVersion(@NotBlank String text, @Size(max = 2000) String note) {}

  record Registration(@NotBlank @Size(max = 64) String symbol) {}

  private final DocumentService documents;
  private final Transactions transactions;

  DocumentController(DocumentService documents, Transactions transactions) {
    this.documents = documents;
    this.transactions = transactions;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Create a document (optionally with its first draft as text) and start its approval")
  ResponseEntity<Document> create(@RequestBody @jakarta.validation.Valid NewDocument request) {
    CurrentUser user = CurrentUser.get();
    VersionContent draft = request.text() == null || request.text().isBlank() ? null : VersionContent.text(request.text());
    Document document = transactions.retrying(
        () -> documents.create(request.type(), request.title(), request.coordinator(), draft, user));
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
  @Operation(summary = "Upload the draft or a revision as text (coordinator)")
  ResponseEntity<DocumentVersion> uploadText(@PathVariable long id,
      @RequestBody @jakarta.validation.Valid NewTextVersion request) {
    CurrentUser user = CurrentUser.get();
    DocumentVersion version = transactions.retrying(
        () -> documents.upload(id, VersionContent.text(request.text()), request.note(), user));
    return created(id, version);
  }

  @PostMapping(path = "/{id}/versions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "Upload the draft or a revision as a file: PDF, DOCX, ODT or plain text (coordinator)")
  ResponseEntity<DocumentVersion> uploadFile(@PathVariable long id, @RequestPart("file") MultipartFile file,
      @RequestParam(required = false) String note) {
    CurrentUser user = CurrentUser.get();
    VersionContent content = VersionContent.file(file.getOriginalFilename(), file.getContentType(), bytes(file));
    DocumentVersion version = transactions.retrying(() -> documents.upload(id, content, note, user));
    return created(id, version);
  }

  @GetMapping("/{id}/versions/{number}/content")
  @Operation(summary = "Download the content of a version")
  ResponseEntity<byte[]> content(@PathVariable long id, @PathVariable int number) {
    VersionContent content = documents.content(id, number);
    String fileName = content.fileName() != null ? content.fileName() : "document-" + id + "-v" + number + ".txt";
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(content.mediaType()))
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(fileName).build().toString())
        .body(content.bytes());
  }

  @PostMapping("/{id}/registration")
  @Operation(summary = "Register the document and give it its symbol (Secretariat)")
  Document register(@PathVariable long id, @RequestBody @jakarta.validation.Valid Registration request) {
    CurrentUser user = CurrentUser.get();
    return transactions.retrying(() -> documents.register(id, request.symbol(), user));
  }

  private static ResponseEntity<DocumentVersion> created(long id, DocumentVersion version) {
    return ResponseEntity.created(URI.create("/api/documents/" + id + "/versions/" + version.number()))
        .body(version);
  }

  private static byte[] bytes(MultipartFile file) {
    try {
      return file.getBytes();
    } catch (IOException e) {
      throw new InvalidInputException("The uploaded file could not be read.");
    }
  }
}
