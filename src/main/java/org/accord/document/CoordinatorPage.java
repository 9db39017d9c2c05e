package org.accord.document;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.accord.forum.Delegation;
import org.accord.forum.Forum;
import org.accord.security.CurrentUser;
import org.accord.system.InvalidInputException;
import org.accord.system.Problem;
import org.accord.system.web.FormOutcome;
import org.accord.system.web.HtmxRequest;
import org.accord.system.web.PageController;
import org.accord.system.web.Sections;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordinator's section of the document page: submit the draft or a revision (the type's fields
 * and tables, or a file), and withdraw the document. htmx loads it and swaps it in place; browsers
 * without script use its own page. Every change goes through {@link Documents}, which checks the
 * coordinator, the status and the content again.
 */
@PageController
@RequestMapping("/documents/{id}")
class CoordinatorPage {

  /** The revision form answers on this name, so that the refusal is shown beside the form that caused it. */
  private static final String ANSWERED = "answered";

  /** The file form as typed (a file cannot come back with a refusal: the browser forgets it). */
  record FileForm(String note) implements Serializable {}

  /**
   * The withdrawal form as typed.
   *
   * @param understood the coordinator's confirmation that the document leaves the procedure
   */
  record WithdrawalForm(String reason, Boolean understood) implements Serializable {}

  /** What browsers may call a file's type when they do not know it; the name's ending tells instead. */
  private static final Map<String, String> TYPES_BY_ENDING = Map.of(
      ".pdf", "application/pdf",
      ".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      ".odt", "application/vnd.oasis.opendocument.text",
      ".txt", "text/plain");

  /** The words that name a field of the form, by its name in the content ("events.end"), for the link to it. */
  private static final Map<String, String> FIELD_WORDS = Map.ofEntries(
      Map.entry("priorityArea", "forms.revision.priorityArea"),
      Map.entry("dimension", "forms.revision.dimension"),
      Map.entry("coordinators", "forms.revision.coordinators"),
      Map.entry("coCoordinators", "forms.revision.coCoordinators"),
      Map.entry("text", "forms.revision.text"),
      Map.entry("year", "forms.revision.year"),
      Map.entry("currency", "forms.revision.currency"),
      Map.entry("measures", "forms.revision.measures"),
      Map.entry("events", "forms.revision.events"),
      Map.entry("lines", "forms.revision.lines"),
      Map.entry("posts", "forms.revision.posts"),
      Map.entry("measures.title", "forms.revision.field.title"),
      Map.entry("measures.description", "forms.revision.field.description"),
      Map.entry("measures.priorityArea", "forms.revision.field.priorityArea"),
      Map.entry("measures.dimension", "forms.revision.field.dimension"),
      Map.entry("measures.coordinators", "forms.revision.field.coordinators"),
      Map.entry("measures.start", "forms.revision.field.startMonth"),
      Map.entry("measures.end", "forms.revision.field.endMonth"),
      Map.entry("events.title", "forms.revision.field.title"),
      Map.entry("events.description", "forms.revision.field.description"),
      Map.entry("events.start", "forms.revision.field.firstDay"),
      Map.entry("events.end", "forms.revision.field.lastDay"),
      Map.entry("events.format", "forms.revision.field.format"),
      Map.entry("events.hostState", "forms.revision.field.hostState"),
      Map.entry("events.dimension", "forms.revision.field.dimension"),
      Map.entry("lines.category", "forms.revision.field.category"),
      Map.entry("lines.amount", "forms.revision.field.amount"),
      Map.entry("lines.currency", "forms.revision.field.currency"),
      Map.entry("posts.title", "forms.revision.field.title"),
      Map.entry("posts.grade", "forms.revision.field.grade"),
      Map.entry("posts.number", "forms.revision.field.number"),
      Map.entry("posts.annualCost", "forms.revision.field.annualCost"));

  /** How a row of each table is named: "Event 3". */
  private static final Map<String, String> ROW_WORDS = Map.of("measures", "measure", "events", "event",
      "lines", "line", "posts", "post");

  private final Documents documents;
  private final Forum forum;
  private final MessageSource messages;

  CoordinatorPage(Documents documents, Forum forum, MessageSource messages) {
    this.documents = documents;
    this.forum = forum;
    this.messages = messages;
  }

  @GetMapping("/revision")
  String show(@PathVariable long id, @HtmxRequest boolean htmx,
      Model model, CurrentUser user) {
    model.addAttribute("section", section(id, user, model, null));
    return view(htmx);
  }

  /**
   * Submits the version; or, when the coordinator pressed a table's "add a row" ({@code addRow}) or a
   * row's "remove" ({@code removeRow=<index>}), shows the form again with the row added or removed.
   */
  @PostMapping("/revision")
  String revise(@PathVariable long id, RevisionForm revisionForm, @RequestParam(required = false) String addRow,
      @RequestParam(required = false) Integer removeRow,
      @HtmxRequest boolean htmx,
      Model model, RedirectAttributes redirect, CurrentUser user) {
    Document document = documents.get(id);
    DocumentType type = document.type();
    Integer focusRow = null;
    FormOutcome outcome;
    if (addRow != null) {
      revisionForm.tidy(type).addRow(type);
      focusRow = revisionForm.rowsOf(type).size() - 1;
      outcome = FormOutcome.reshaped(revisionForm);
    } else if (removeRow != null) {
      revisionForm.tidy(type).removeRow(type, removeRow);
      outcome = FormOutcome.reshaped(revisionForm.tidy(type));
    } else {
      outcome = FormOutcome.of(revisionForm, () -> {
        DocumentVersion version = documents.upload(id,
            new Submission(RevisionContent.json(type, revisionForm), null, revisionForm.getNote()), user);
        return submitted(document, version);
      });
    }
    String anchor = focusRow == null ? "#coordinator" : "#" + rowInput(type, focusRow);
    return answer(id, outcome, "revision", focusRow, anchor, htmx, model, redirect, user);
  }

  @PostMapping("/revision/file")
  String upload(@PathVariable long id, FileForm fileForm, @RequestParam(required = false) MultipartFile file,
      @HtmxRequest boolean htmx,
      Model model, RedirectAttributes redirect, CurrentUser user) {
    FormOutcome outcome = FormOutcome.of(fileForm, () -> {
      if (file == null || file.isEmpty()) {
        throw new InvalidInputException("forms.revision.file.missing");
      }
      VersionContent body = VersionContent.file(file.getOriginalFilename(), mediaType(file), bytes(file));
      DocumentVersion version = documents.upload(id, new Submission(null, body, fileForm.note()), user);
      return submitted(documents.get(id), version);
    });
    return answer(id, outcome, "file", null, "#coordinator", htmx, model, redirect, user);
  }

  @PostMapping("/withdrawal")
  String withdraw(@PathVariable long id, WithdrawalForm withdrawalForm,
      @HtmxRequest boolean htmx,
      Model model, RedirectAttributes redirect, CurrentUser user) {
    FormOutcome outcome = FormOutcome.of(withdrawalForm, () -> {
      // Said here in the reader's language; the service refuses a missing reason in the API's words.
      if (withdrawalForm.reason() == null || withdrawalForm.reason().isBlank()) {
        throw new InvalidInputException("forms.withdrawal.reasonMissing");
      }
      if (!Boolean.TRUE.equals(withdrawalForm.understood())) {
        throw new InvalidInputException("forms.withdrawal.confirmMissing");
      }
      documents.withdraw(id, withdrawalForm.reason(), user);
      return words("forms.withdrawal.done");
    });
    return answer(id, outcome, "withdrawal", null, "#coordinator", htmx, model, redirect, user);
  }

  /**
   * A file beyond the upload limit is refused before the form is read (the multipart request is
   * read lazily, see config/application.yaml): said in place like any other refusal.
   */
  @ExceptionHandler(MaxUploadSizeExceededException.class)
  String tooLarge(HttpServletRequest request, Model model, RedirectAttributes redirect, CurrentUser user) {
    @SuppressWarnings("unchecked")
    Map<String, String> path = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
    long id = Long.parseLong(path.get("id"));
    FormOutcome outcome = FormOutcome.of(new FileForm(null), () -> {
      throw new InvalidInputException("forms.revision.file.tooLarge");
    });
    return answer(id, outcome, "file", null, "#coordinator", "true".equals(request.getHeader("HX-Request")), model,
        redirect, user);
  }

  /** With htmx, the section in place; without script, back to the section's own page (Post/Redirect/Get). */
  private String answer(long id, FormOutcome outcome, String form, Integer focusRow, String anchor, boolean htmx,
      Model model, RedirectAttributes redirect, CurrentUser user) {
    if (!htmx) {
      outcome.flashTo(redirect);
      redirect.addFlashAttribute(ANSWERED, form);
      if (focusRow != null) {
        redirect.addFlashAttribute("focusRow", focusRow);
      }
      return "redirect:/documents/" + id + "/revision" + anchor;
    }
    outcome.addTo(model);
    model.addAttribute("countsChanged", outcome.notice() != null);
    model.addAttribute(ANSWERED, form);
    model.addAttribute("section", section(id, user, model, focusRow));
    return view(true);
  }

  private CoordinatorSection section(long id, CurrentUser user, Model model, Integer focusRow) {
    Document document = documents.get(id);
    DocumentType type = document.type();
    Delegation coordinator = documents.coordinatorOf(document);
    boolean coordinates = user.isMemberOf(coordinator);
    List<DocumentVersion> versions = documents.versions(id);
    DocumentVersion latest = versions.isEmpty() ? null : versions.get(versions.size() - 1);
    RevisionForm form = null;
    List<Delegation> memberStates = List.of();
    RevisionContent.Field invalid = null;
    String invalidNamed = null;
    if (coordinates && document.status().acceptsVersion()) {
      RevisionForm typed = (RevisionForm) model.getAttribute("revisionForm");
      form = typed != null ? typed.tidy(type) : startingFrom(document, latest);
      if (type == DocumentType.CONCEPT_PAPER || type == DocumentType.CALENDAR_OF_EVENTS) {
        memberStates = forum.memberStates();
      }
      if (model.getAttribute("problem") instanceof Problem problem && "revision".equals(model.getAttribute(ANSWERED))) {
        invalid = RevisionContent.fieldOf(problem.detail()).orElse(null);
        invalidNamed = invalid == null ? null : named(invalid);
      }
      if (focusRow == null && model.getAttribute("focusRow") instanceof Integer flashed) {
        focusRow = flashed;
      }
    }
    return new CoordinatorSection(document, coordinator, coordinates, latest, form, memberStates, invalid, invalidNamed,
        focusRow);
  }

  /** A revision starts from the version as it stands: its structured content, or a concept paper's text. */
  private RevisionForm startingFrom(Document document, DocumentVersion latest) {
    DocumentType type = document.type();
    if (latest == null) {
      return new RevisionForm().tidy(type);
    }
    VersionContent content = documents.content(document.id(), latest.number());
    if (latest.hasData()) {
      return RevisionContent.form(type, content.asText()).tidy(type);
    }
    RevisionForm form = new RevisionForm();
    if (type == DocumentType.CONCEPT_PAPER && content.isText()) {
      form.setText(content.asText());
    }
    return form.tidy(type);
  }

  /** The field a refusal names, in the reader's words: "Event 9: last day", "Year". */
  private String named(RevisionContent.Field field) {
    if (field.table() == null) {
      return FIELD_WORDS.containsKey(field.column()) ? words(FIELD_WORDS.get(field.column())) : field.column();
    }
    String row = ROW_WORDS.get(field.table());
    String column = FIELD_WORDS.get(field.table() + "." + field.column());
    return column == null ? words("forms.revision.row." + row, field.row() + 1)
        : words("forms.revision.cell." + row, field.row() + 1, words(column));
  }

  private String submitted(Document document, DocumentVersion version) {
    return words(document.packageOf() != null ? "forms.revision.storedWithBudget" : "forms.revision.submitted",
        version.number());
  }

  /** The id of the first input of a table's row, where the cursor goes once the row is added. */
  private static String rowInput(DocumentType type, int row) {
    return switch (type) {
      case ACTION_PLAN -> "revision-measures-" + row + "-title";
      case CALENDAR_OF_EVENTS -> "revision-events-" + row + "-title";
      case BUDGET -> "revision-lines-" + row + "-category";
      case STAFF_MATRIX -> "revision-posts-" + row + "-title";
      case CONCEPT_PAPER -> "coordinator";
    };
  }

  private static String mediaType(MultipartFile file) {
    String declared = file.getContentType();
    if (declared != null && !declared.isBlank() && !declared.startsWith("application/octet-stream")) {
      return declared;
    }
    String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase(Locale.ROOT);
    return TYPES_BY_ENDING.entrySet().stream().filter(ending -> name.endsWith(ending.getKey()))
        .map(Map.Entry::getValue).findFirst().orElse(declared);
  }

  private byte[] bytes(MultipartFile file) {
    try {
      return file.getBytes();
    } catch (IOException e) {
      throw new InvalidInputException("forms.revision.file.unreadable");
    }
  }

  private static String view(boolean htmx) {
    return Sections.view(htmx, "document/revision");
  }

  private String words(String key, Object... arguments) {
    return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
  }
}
