package org.accord.document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.accord.document.content.ContentRules;
import org.accord.document.content.VersionComparison;
import org.accord.forum.Delegation;
import org.accord.forum.Forum;
import org.accord.forum.ForumGroups;
import org.accord.security.CurrentUser;
import org.accord.security.Role;
import org.accord.system.AccordClock;
import org.accord.system.ConflictException;
import org.accord.system.InMemoryValues;
import org.accord.system.Inputs;
import org.accord.system.InvalidInputException;
import org.accord.system.Limits;
import org.accord.system.NotFoundException;
import org.accord.system.RecordTampered;
import org.accord.system.TamperedRecordException;
import org.accord.system.UserAction;
import org.accord.tasklist.WaitingTasks;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Documents and their versions, as users and other modules ask for them: the coordinator creates,
 * uploads and withdraws, the Secretariat registers, everyone reads. Where a document stands (its
 * status) follows its process alone ({@link DocumentStatusMarker}); nothing here sets it.
 */
@Service
public class Documents {

  public static final String PROCESS_KEY = "document-approval";
  public static final String TASK_UPLOAD_DRAFT = "Task_UploadDraft";
  public static final String TASK_REGISTER = "Task_RegisterDocument";
  public static final String TASK_REVISE = "Task_ReviseDocument";
  static final String WITHDRAWAL_MESSAGE = "DocumentWithdrawalRequested";

  /** The transient variable that hands a {@link Withdrawal} to the process's withdrawal step. */
  static final String WITHDRAWAL = "withdrawal";

  private final DocumentRepository documents;
  private final VersionRepository versions;
  private final RoutingRepository routings;
  private final Versions store;
  private final ContentRules contentRules;
  private final VersionComparison comparison;
  private final Forum forum;
  private final WaitingTasks waiting;
  private final RuntimeService runtimeService;
  private final AccordClock clock;
  private final ApplicationEventPublisher events;

  Documents(DocumentRepository documents, VersionRepository versions, RoutingRepository routings, Versions store,
      ContentRules contentRules, VersionComparison comparison, Forum forum, WaitingTasks waiting,
      RuntimeService runtimeService, ApplicationEventPublisher events, AccordClock clock) {
    this.contentRules = contentRules;
    this.comparison = comparison;
    this.documents = documents;
    this.versions = versions;
    this.routings = routings;
    this.store = store;
    this.forum = forum;
    this.waiting = waiting;
    this.runtimeService = runtimeService;
    this.events = events;
    this.clock = clock;
  }

  /** What a coordinator asks for when creating a document; a staff matrix names its budget in packageOf. */
  public record NewDocument(DocumentType type, String title, String coordinator, Long packageOf, Submission firstDraft) {}

  // ---- commands of users ----

  /**
   * Creates a document and starts its approval process; a first draft may come with it. A staff
   * matrix names the budget it travels with and rides on that budget's process.
   */
  @UserAction
  public Document create(NewDocument request, CurrentUser user) {
    if (request.type() == null) {
      throw new InvalidInputException("refusal.document.typeMissing");
    }
    String title = Inputs.required(request.title(), Limits.TITLE,
        "refusal.document.title", "refusal.document.title");
    Delegation coordinator = coordinator(request.coordinator());
    requireCoordinator(coordinator, user);
    if (request.type() == DocumentType.STAFF_MATRIX) {
      return createStaffMatrix(title, coordinator, request.packageOf(), request.firstDraft(), user);
    }
    if (request.packageOf() != null) {
      throw new InvalidInputException("refusal.document.packageOnlyMatrix");
    }
    long id = documents.insert(request.type(), title, coordinator.code(), null, DocumentStatus.AWAITING_DRAFT,
        user.id(), clock.now());
    created(id);
    // The business key names the document; the process ties itself to it as it starts (DocumentProcess.begin).
    runtimeService.startProcessInstanceByKey(PROCESS_KEY, String.valueOf(id));
    if (request.firstDraft() != null) {
      upload(id, request.firstDraft(), user);
    }
    return get(id);
  }

  private Document createStaffMatrix(String title, Delegation coordinator, Long budgetId, Submission firstDraft,
      CurrentUser user) {
    if (budgetId == null) {
      throw new InvalidInputException("refusal.document.matrixNeedsBudget");
    }
    Document budget = lock(budgetId);
    if (budget.type() != DocumentType.BUDGET) {
      throw new InvalidInputException("refusal.document.notBudget", budgetId);
    }
    if (!budget.coordinatorCode().equals(coordinator.code())) {
      throw new InvalidInputException("refusal.document.matrixCoordinator");
    }
    if (!documents.companions(budgetId).isEmpty()) {
      throw new ConflictException("refusal.document.budgetHasMatrix", budgetId);
    }
    if (!budget.status().acceptsVersion()) {
      throw new ConflictException("refusal.document.budgetClosedToMatrix", budget.status());
    }
    // It takes its budget's status and process, and follows both from now on.
    long id = documents.insert(DocumentType.STAFF_MATRIX, title, coordinator.code(), budgetId, budget.status(),
        user.id(), clock.now());
    documents.attachProcess(id, budget.processInstanceId());
    created(id);
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
  @UserAction
  public DocumentVersion upload(long documentId, Submission submission, CurrentUser user) {
    Document document = lock(documentId);
    if (document.status() == DocumentStatus.ADOPTED) {
      throw new ConflictException("refusal.document.adoptedFrozen");
    }
    requireCoordinator(coordinatorOf(document), user);
    if (!document.status().acceptsVersion()) {
      throw new ConflictException("refusal.document.noVersionNow", document.status());
    }
    DocumentVersion version = store.add(document, submission, user.id());
    if (document.packageOf() == null) {
      String taskKey = document.status() == DocumentStatus.AWAITING_DRAFT ? TASK_UPLOAD_DRAFT : TASK_REVISE;
      waiting.complete(documentId, taskKey, VersionSubmitted.UPLOADED, user,
          "refusal.document.notWaitingVersion");
    }
    return version;
  }

  /** The Secretariat registers the document and gives it its symbol. */
  @UserAction
  public Document register(long documentId, Registration registration, CurrentUser user) {
    lock(documentId);
    user.require(Role.SECRETARIAT);
    waiting.complete(documentId, TASK_REGISTER, registration, user, "refusal.document.notWaitingRegistration");
    return get(documentId);
  }

  /** The coordinator withdraws the document: its process is interrupted wherever it stands. */
  @UserAction
  public Document withdraw(long documentId, String reason, CurrentUser user) {
    Document document = lock(documentId);
    requireCoordinator(coordinatorOf(document), user);
    if (document.packageOf() != null) {
      throw new ConflictException("refusal.document.withdrawBudget", document.packageOf());
    }
    if (document.status().isFinal()) {
      throw new ConflictException("refusal.document.alreadyFinal." + document.status().name());
    }
    Withdrawal withdrawal = new Withdrawal(user.id(), Withdrawal.reason(reason));
    runtimeService.createMessageCorrelation(WITHDRAWAL_MESSAGE)
        .processInstanceId(document.processInstanceId())
        .setVariable(WITHDRAWAL, InMemoryValues.of(withdrawal))
        .correlate();
    return get(documentId);
  }

  /** A new document enters its first stage: those who follow the stages hear of it in this transaction. */
  private void created(long id) {
    Document document = get(id);
    events.publishEvent(new DocumentStatusChanged(document, null, document.createdAt()));
  }

  /**
   * Adds a version as the coordinator, outside any task: a text or data typed into Camunda
   * Tasklist's revision form becomes a version this way.
   */
  public DocumentVersion addVersion(long documentId, Submission submission, CurrentUser user) {
    Document document = lock(documentId);
    requireCoordinator(coordinatorOf(document), user);
    return store.add(document, submission, user.id());
  }

  // ---- reading ----

  public Document get(long id) {
    return documents.find(id).orElseThrow(() -> new NotFoundException("refusal.document.notFound", id));
  }

  /** Reads the document and holds its row until the transaction ends: one writer at a time. */
  public Document lock(long id) {
    return documents.findForUpdate(id).orElseThrow(() -> new NotFoundException("refusal.document.notFound", id));
  }

  /** The document whose approval process is this process instance. */
  public Document carriedBy(String processInstanceId) {
    return documents.findCarrier(processInstanceId)
        .orElseThrow(() -> new IllegalStateException("No document is carried by process instance " + processInstanceId));
  }

  /** The document followed by the documents travelling with it (a budget's staff matrix). */
  public List<Document> withCompanions(long id) {
    List<Document> all = new ArrayList<>();
    all.add(get(id));
    all.addAll(documents.companions(id));
    return all;
  }

  /**
   * The documents whose own approval process is one of these process instances, by instance, in one
   * query: what an administrator's view of the engine names its instances by.
   */
  public Map<String, Document> carriedBy(Collection<String> processInstanceIds) {
    return documents.findCarriers(processInstanceIds);
  }

  /** These documents, by id, in one query. */
  public Map<Long, Document> all(List<Long> ids) {
    return documents.findAll(ids);
  }

  public List<Document> page(DocumentStatus status, DocumentType type, int offset, int limit) {
    return documents.page(status, type, offset, limit);
  }

  public long count(DocumentStatus status, DocumentType type) {
    return documents.count(status, type);
  }

  /** One page of the library: the documents the filter lets through, last changed first. */
  public List<Document> find(DocumentFilter filter, int offset, int limit) {
    return documents.matching(filter, forum.timeZone(), offset, limit);
  }

  /** How many documents the filter lets through. */
  public long count(DocumentFilter filter) {
    return documents.countMatching(filter, forum.timeZone());
  }

  /** The documents that carry their own process and stand at this status, longest waiting first. */
  public List<Document> carriersWithStatus(DocumentStatus status) {
    return documents.carriersWithStatus(status);
  }

  public List<DocumentVersion> versions(long documentId) {
    return versions.all(documentId);
  }

  public DocumentVersion latestVersion(long documentId) {
    return versions.latest(documentId)
        .orElseThrow(() -> new ConflictException("refusal.document.noVersionYet", documentId));
  }

  /** A version's bytes, never served when they no longer match their SHA-256 (the audit trail hears of it). */
  public VersionContent content(long documentId, int number) {
    get(documentId);
    return checked(() -> versions.content(documentId, number))
        .orElseThrow(() -> new NotFoundException("refusal.document.noSuchVersion", documentId, number));
  }

  public VersionContent attachment(long documentId, int number) {
    get(documentId);
    return checked(() -> versions.attachment(documentId, number))
        .orElseThrow(() -> new NotFoundException("refusal.document.noAttachment", number, documentId));
  }

  /** Every stored version (or attachment) whose bytes no longer match their SHA-256. */
  public List<String> versionsNotMatchingTheirHash() {
    return versions.notMatchingTheirHash();
  }

  public long versionCount() {
    return versions.count();
  }

  private <T> T checked(Supplier<T> read) {
    try {
      return read.get();
    } catch (TamperedRecordException tampered) {
      events.publishEvent(new RecordTampered(tampered.record()));
      throw tampered;
    }
  }

  /**
   * The paragraphs of the document's latest version: its text, or a concept paper's text in its
   * structured data; none for the types that are tables.
   */
  public List<Paragraph> paragraphs(long documentId) {
    return versions.latest(documentId).map(latest -> paragraphs(documentId, latest.number())).orElse(List.of());
  }

  /** The paragraphs of one version, as {@link #paragraphs(long)} reads them. */
  public List<Paragraph> paragraphs(long documentId, int number) {
    Document document = get(documentId);
    VersionContent content = content(documentId, number);
    if (content.isText()) {
      return Paragraphs.of(content.asText());
    }
    return content.mediaType().startsWith(VersionContent.JSON)
        ? Paragraphs.of(contentRules.text(document.type(), content.asText()).orElse(null)) : List.of();
  }

  /**
   * One version as its page shows it: a text in paragraphs, its typed content, or a file. A budget and
   * its staff matrix are each read with the check of the budget's STAFF line against the matrix's
   * total, taken from the latest version of the other.
   */
  public VersionReading reading(long documentId, int number) {
    Document document = get(documentId);
    DocumentVersion version = versions.all(documentId).stream().filter(v -> v.number() == number).findFirst()
        .orElseThrow(() -> new NotFoundException("refusal.document.noSuchVersion", documentId, number));
    VersionContent content = content(documentId, number);
    if (version.hasData()) {
      return contentRules.reading(document.type(), content.asText(), documentId, staffCheck(document, content));
    }
    if (content.isText()) {
      return new VersionReading.Text(Paragraphs.of(content.asText()));
    }
    return new VersionReading.File(version.fileName(), version.mediaType(), version.sizeBytes());
  }

  /** What changed from version {@code from} to version {@code to}, as a person reads it. */
  public VersionChanges compare(long documentId, int from, int to) {
    Document document = get(documentId);
    return comparison.changes(document.type(), from, content(documentId, from), to, content(documentId, to));
  }

  private VersionReading.StaffCheck staffCheck(Document document, VersionContent content) {
    if (document.type() == DocumentType.BUDGET) {
      return contentRules.staffCheck(content.asText(), documents.companions(document.id()).stream()
          .filter(companion -> companion.type() == DocumentType.STAFF_MATRIX)
          .findFirst().flatMap(this::latestData).orElse(null));
    }
    if (document.type() == DocumentType.STAFF_MATRIX && document.packageOf() != null) {
      return contentRules.staffCheck(latestData(get(document.packageOf())).orElse(null), content.asText());
    }
    return null;
  }

  /** The structured content of the document's latest version, when it has some. */
  private Optional<String> latestData(Document document) {
    return versions.latest(document.id()).filter(DocumentVersion::hasData)
        .map(latest -> content(document.id(), latest.number()).asText());
  }

  /** The routing the document follows, determined from the routing table when it was registered. */
  public Routing routing(long documentId) {
    long carrier = get(documentId).carrierId();
    return routings.find(carrier)
        .orElseThrow(() -> new ConflictException("refusal.document.notRouted", documentId));
  }

  public Delegation coordinatorOf(Document document) {
    return forum.get(document.coordinatorCode());
  }

  /** Only the coordinator's delegation holds the pen on a document. */
  public void requireCoordinator(Delegation coordinator, CurrentUser user) {
    user.requireMemberOf(coordinator, "refusal.document.onlyCoordinator", coordinator);
  }

  private Delegation coordinator(String code) {
    if (code == null || code.isBlank()) {
      throw new InvalidInputException("refusal.document.coordinatorMissing");
    }
    Delegation coordinator = forum.find(Inputs.code(code))
        .orElseThrow(() -> new InvalidInputException("refusal.forum.noDelegation", code));
    if (!coordinator.holdsPosition() && !coordinator.groupId().equals(ForumGroups.SECRETARIAT)) {
      throw new InvalidInputException("refusal.document.observerCoordinator", coordinator);
    }
    return coordinator;
  }
}
