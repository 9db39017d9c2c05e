package org.accord.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.accord.document.content.ContentRules;
import org.accord.document.content.Money;
import org.accord.forum.Delegation;
import org.accord.forum.Forum;
import org.accord.forum.ForumGroups;
import org.accord.security.CurrentUser;
import org.accord.system.AccordClock;
import org.accord.system.ConflictException;
import org.accord.system.InvalidInputException;
import org.accord.system.NotFoundException;
import org.accord.tasklist.ProcessTasks;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Documents and their versions. The API calls it within one transaction per action; the process's
 * delegates and task listeners call it too, with the same checks, whichever client completed the task.
 */
@Service
public class DocumentService {

  public static final String PROCESS_KEY = "document-approval";
  public static final String TASK_UPLOAD_DRAFT = "Task_UploadDraft";
  public static final String TASK_REGISTER = "Task_RegisterDocument";
  public static final String TASK_REVISE = "Task_ReviseDocument";
  public static final String WITHDRAWAL_MESSAGE = "DocumentWithdrawalRequested";

  private final DocumentRepository documents;
  private final VersionRepository versions;
  private final ContentRules contentRules;
  private final Forum forum;
  private final ProcessTasks tasks;
  private final RuntimeService runtimeService;
  private final ApplicationEventPublisher events;
  private final AccordClock clock;

  DocumentService(DocumentRepository documents, VersionRepository versions, ContentRules contentRules,
      Forum forum, ProcessTasks tasks, RuntimeService runtimeService, ApplicationEventPublisher events,
      AccordClock clock) {
    this.documents = documents;
    this.versions = versions;
    this.contentRules = contentRules;
    this.forum = forum;
    this.tasks = tasks;
    this.runtimeService = runtimeService;
    this.events = events;
    this.clock = clock;
  }

  // ---- called by the API, one transaction per action ----

  /**
   * Creates a document and starts its approval process; a first draft may come with it. A staff
   * matrix names the budget it travels with and rides on that budget's process.
   */
  @Transactional
  public Document create(DocumentType type, String title, String coordinatorCode, Long packageOf,
      Submission firstDraft, CurrentUser user) {
    if (type == null) {
      throw new InvalidInputException("The document type is missing.");
    }
    if (title == null || title.isBlank() || title.length() > 300) {
      throw new InvalidInputException("The title must be between 1 and 300 characters.");
    }
    Delegation coordinator = coordinator(coordinatorCode);
    requireCoordinator(coordinator, user);
    if (type == DocumentType.STAFF_MATRIX) {
      return createStaffMatrix(title.strip(), coordinator, packageOf, firstDraft, user);
    }
    if (packageOf != null) {
      throw new InvalidInputException("Only a staff matrix travels with another document (its budget).");
    }
    long id = documents.insert(type, title.strip(), coordinator.code(), null, DocumentStatus.AWAITING_DRAFT,
        user.id(), clock.now());
    String processInstanceId = runtimeService.startProcessInstanceByKey(PROCESS_KEY, String.valueOf(id),
        Map.of("documentId", id, "documentType", type.name(), "coordinatorGroup", coordinator.groupId()))
        .getId();
    documents.attachProcess(id, processInstanceId);
    if (firstDraft != null) {
      upload(id, firstDraft, user);
    }
    return get(id);
  }

  private Document createStaffMatrix(String title, Delegation coordinator, Long budgetId, Submission firstDraft,
      CurrentUser user) {
    if (budgetId == null) {
      throw new InvalidInputException("A staff matrix travels with its budget: give the budget's id (packageOf).");
    }
    Document budget = lock(budgetId);
    if (budget.type() != DocumentType.BUDGET) {
      throw new InvalidInputException("Document " + budgetId + " is not a budget.");
    }
    if (!budget.coordinatorCode().equals(coordinator.code())) {
      throw new InvalidInputException("A staff matrix has the coordinator of its budget.");
    }
    if (!documents.companions(budgetId).isEmpty()) {
      throw new ConflictException("Budget " + budgetId + " already has its staff matrix.");
    }
    if (!budget.status().acceptsVersion()) {
      throw new ConflictException("The budget is " + budget.status() + "; its staff matrix can join it only while it is drafted or revised.");
    }
    long id = documents.insert(DocumentType.STAFF_MATRIX, title, coordinator.code(), budgetId, budget.status(),
        user.id(), clock.now());
    documents.attachProcess(id, budget.processInstanceId());
    if (firstDraft != null) {
      upload(id, firstDraft, user);
    }
    return get(id);
  }

  /**
   * Uploads the first draft or a revision. The version is stored, then the open upload or revise
   * task is completed as the user in the same transaction, and the process checks the submission.
   * A staff matrix's version is stored while its budget is drafted or revised; the budget's next
   * submission checks the two together.
   */
  @Transactional
  public DocumentVersion upload(long documentId, Submission submission, CurrentUser user) {
    Document document = lock(documentId);
    if (document.status() == DocumentStatus.ADOPTED) {
      throw new ConflictException("The document is adopted; its adopted version is frozen.");
    }
    requireCoordinator(coordinator(document.coordinatorCode()), user);
    if (!document.status().acceptsVersion()) {
      throw new ConflictException("A version can be uploaded only for the first draft or during revision; the document is "
          + document.status() + ".");
    }
    DocumentVersion version = store(document, submission, user.id());
    if (document.packageOf() == null) {
      String taskKey = document.status() == DocumentStatus.AWAITING_DRAFT ? TASK_UPLOAD_DRAFT : TASK_REVISE;
      String taskId = tasks.openTask(documentId, taskKey)
          .orElseThrow(() -> new ConflictException("The document is not waiting for a version."));
      tasks.complete(taskId, Map.of(), user);
    }
    return version;
  }

  /** The Secretariat registers the document and gives it its symbol. */
  @Transactional
  public Document register(long documentId, String symbol, CurrentUser user) {
    Document document = lock(documentId);
    requireSecretariat(user);
    String taskId = tasks.openTask(document.id(), TASK_REGISTER)
        .orElseThrow(() -> new ConflictException("The document is not waiting for registration."));
    tasks.complete(taskId, Map.of("symbol", symbol == null ? "" : symbol), user);
    return get(documentId);
  }

  /** The coordinator withdraws the document: its process is interrupted wherever it stands. */
  @Transactional
  public Document withdraw(long documentId, String reason, CurrentUser user) {
    Document document = lock(documentId);
    requireCoordinator(coordinator(document.coordinatorCode()), user);
    if (document.packageOf() != null) {
      throw new ConflictException("A staff matrix travels with its budget: withdraw budget " + document.packageOf() + ".");
    }
    if (document.status().isFinal()) {
      throw new ConflictException("The document is already " + document.status() + ".");
    }
    String checkedReason = checkReason(reason);
    runtimeService.createMessageCorrelation(WITHDRAWAL_MESSAGE)
        .processInstanceBusinessKey(String.valueOf(documentId))
        .setVariable("withdrawalReason", checkedReason)
        .setVariable("withdrawnBy", user.id())
        .correlate();
    return get(documentId);
  }

  // ---- called by the process ----

  /** Called by the upload and revise task listeners: a text or data given in Tasklist becomes a version. */
  public void addVersionFromTask(long documentId, String text, String data, CurrentUser actor) {
    Document document = lock(documentId);
    requireCoordinator(coordinator(document.coordinatorCode()), actor);
    boolean hasText = text != null && !text.isBlank();
    boolean hasData = data != null && !data.isBlank();
    if (hasText || hasData) {
      store(document, new Submission(data, hasText ? VersionContent.text(text) : null, null), actor.id());
    }
  }

  /** Called by the upload task listener: the draft step is done once a version exists. */
  void completeDraft(long documentId, CurrentUser actor) {
    Document document = lock(documentId);
    requireCoordinator(coordinator(document.coordinatorCode()), actor);
    if (versions.latest(documentId).isEmpty()) {
      throw new InvalidInputException("Upload the draft (structured data, a text or a file) before completing this step.");
    }
    changeStatus(documentId, DocumentStatus.AWAITING_REGISTRATION);
  }

  /**
   * "Check the submission": the version about to be circulated carries the data its type needs,
   * and a budget agrees with the staff matrix travelling with it.
   */
  void checkSubmission(long documentId) {
    Document document = get(documentId);
    DocumentVersion latest = latestVersion(documentId);
    requireData(document, latest);
    if (document.type() == DocumentType.BUDGET) {
      Document matrix = documents.companions(documentId).stream().findFirst()
          .orElseThrow(() -> new InvalidInputException(
              "A budget travels with its staff matrix: create the staff matrix (packageOf " + documentId + ") first."));
      DocumentVersion matrixVersion = versions.latest(matrix.id())
          .orElseThrow(() -> new InvalidInputException("Upload the staff matrix before submitting the budget."));
      requireData(matrix, matrixVersion);
      Money staffLine = contentRules.staffLine(content(documentId, latest.number()).asText());
      Money staffTotal = contentRules.staffTotal(content(matrix.id(), matrixVersion.number()).asText());
      if (!staffLine.currency().equals(staffTotal.currency())
          || staffLine.amount().compareTo(staffTotal.amount()) != 0) {
        throw new InvalidInputException("The staff matrix totals " + format(staffTotal)
            + " but the budget's staff line is " + format(staffLine) + "; they must agree before the budget is submitted.");
      }
    }
  }

  /** Called by the register task listener. */
  void recordRegistration(long documentId, String symbol, CurrentUser actor) {
    requireSecretariat(actor);
    String normalized = symbol == null ? "" : symbol.strip();
    if (!normalized.matches("[A-Za-z0-9][A-Za-z0-9/._-]{0,63}")) {
      throw new InvalidInputException(
          "A symbol is 1 to 64 letters, digits and / . _ -, for example CICA/SWG/2022/CP-1.");
    }
    if (documents.symbolTaken(normalized)) {
      throw new ConflictException("The symbol " + normalized + " is already given to another document.");
    }
    documents.register(documentId, normalized, clock.now());
  }

  /** Called by the withdrawal step of the process, whoever asked for it. */
  public void recordWithdrawal(long documentId, String withdrawnBy, String reason) {
    lock(documentId);
    documents.withdraw(documentId, withdrawnBy, checkReason(reason), clock.now());
    events.publishEvent(new DocumentWithdrawn(documentId, withdrawnBy, reason));
  }

  /** The approved versions (the document's and its companions') can never change again. */
  public List<DocumentVersion> freezeLatest(long documentId) {
    List<DocumentVersion> frozen = new ArrayList<>();
    for (Document document : withCompanions(documentId)) {
      DocumentVersion latest = latestVersion(document.id());
      versions.freeze(latest.id());
      frozen.add(latest);
    }
    changeStatus(documentId, DocumentStatus.ADOPTED);
    return frozen;
  }

  public void changeStatus(long documentId, DocumentStatus status) {
    documents.changeStatus(documentId, status, clock.now());
  }

  // ---- reading ----

  public Document get(long id) {
    return documents.find(id).orElseThrow(() -> new NotFoundException("There is no document " + id + "."));
  }

  /** Reads the document and holds its row until the transaction ends: one writer at a time. */
  public Document lock(long id) {
    return documents.findForUpdate(id).orElseThrow(() -> new NotFoundException("There is no document " + id + "."));
  }

  /** The document followed by the documents travelling with it (a budget's staff matrix). */
  public List<Document> withCompanions(long id) {
    List<Document> all = new ArrayList<>();
    all.add(get(id));
    all.addAll(documents.companions(id));
    return all;
  }

  public List<Document> page(DocumentStatus status, DocumentType type, int offset, int limit) {
    return documents.page(status, type, offset, limit);
  }

  public long count(DocumentStatus status, DocumentType type) {
    return documents.count(status, type);
  }

  public List<DocumentVersion> versions(long documentId) {
    return versions.all(documentId);
  }

  public DocumentVersion latestVersion(long documentId) {
    return versions.latest(documentId)
        .orElseThrow(() -> new ConflictException("Document " + documentId + " has no version yet."));
  }

  public DocumentVersion version(long versionId) {
    return versions.find(versionId).orElseThrow(() -> new NotFoundException("There is no version " + versionId + "."));
  }

  public VersionContent content(long documentId, int number) {
    get(documentId);
    return versions.content(documentId, number)
        .orElseThrow(() -> new NotFoundException("Document " + documentId + " has no version " + number + "."));
  }

  public VersionContent attachment(long documentId, int number) {
    get(documentId);
    return versions.attachment(documentId, number)
        .orElseThrow(() -> new NotFoundException("Version " + number + " of document " + documentId + " has no attachment."));
  }

  public void requireCoordinator(Delegation coordinator, CurrentUser user) {
    user.require(coordinator.groupId(), "Only the coordinator (" + coordinator.name() + ") holds the pen on this document.");
  }

  public Delegation coordinatorOf(Document document) {
    return coordinator(document.coordinatorCode());
  }

  private DocumentVersion store(Document document, Submission submission, String userId) {
    if (submission.data() == null) {
      return versions.insert(document.id(), submission.body(), null, submission.note(), userId, clock.now());
    }
    String canonical = contentRules.canonical(document.type(), submission.data());
    return versions.insert(document.id(), VersionContent.data(canonical), submission.body(), submission.note(),
        userId, clock.now());
  }

  private static void requireData(Document document, DocumentVersion version) {
    if (document.type().needsData() && !version.hasData()) {
      throw new InvalidInputException("A " + document.type().label().toLowerCase()
          + " needs its structured data (JSON); version " + version.number() + " of document "
          + document.id() + " has none.");
    }
  }

  private Delegation coordinator(String code) {
    if (code == null || code.isBlank()) {
      throw new InvalidInputException("The coordinator (a member state's code, or the Secretariat's) is missing.");
    }
    Delegation coordinator = forum.find(code.strip().toUpperCase())
        .orElseThrow(() -> new InvalidInputException("There is no delegation " + code + "."));
    if (!coordinator.holdsPosition() && !coordinator.groupId().equals(ForumGroups.SECRETARIAT)) {
      throw new InvalidInputException(coordinator.name() + " is an observer and cannot coordinate a document.");
    }
    return coordinator;
  }

  private static void requireSecretariat(CurrentUser user) {
    user.require(ForumGroups.SECRETARIAT, "Only the Secretariat registers documents.");
  }

  private static String checkReason(String reason) {
    if (reason == null || reason.isBlank()) {
      throw new InvalidInputException("Give the reason for the withdrawal; it goes on the record.");
    }
    if (reason.length() > 2000) {
      throw new InvalidInputException("The reason is longer than 2000 characters.");
    }
    return reason.strip();
  }

  private static String format(Money money) {
    return String.format(Locale.ROOT, "%,.2f %s", money.amount(), money.currency());
  }
}
