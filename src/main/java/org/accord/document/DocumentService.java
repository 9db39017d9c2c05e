package org.accord.document;

import java.util.List;
import java.util.Map;
import org.accord.forum.Delegation;
import org.accord.forum.Forum;
import org.accord.forum.ForumGroups;
import org.accord.security.CurrentUser;
import org.accord.system.AccordClock;
import org.accord.system.ConflictException;
import org.accord.system.ForbiddenException;
import org.accord.system.InvalidInputException;
import org.accord.system.NotFoundException;
import org.accord.tasklist.ProcessTasks;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Documents and their versions. The API calls it within one transaction per action; the process's
 * task listeners call it too, with the same checks, whichever client completed the task.
 */
@Service
public class DocumentService {

  public static final String PROCESS_KEY = "document-approval";
  public static final String TASK_UPLOAD_DRAFT = "Task_UploadDraft";
  public static final String TASK_REGISTER = "Task_RegisterDocument";
  public static final String TASK_REVISE = "Task_ReviseDocument";

  private final DocumentRepository documents;
  private final VersionRepository versions;
  private final Forum forum;
  private final ProcessTasks tasks;
  private final RuntimeService runtimeService;
  private final AccordClock clock;

  DocumentService(DocumentRepository documents, VersionRepository versions, Forum forum,
      ProcessTasks tasks, RuntimeService runtimeService, AccordClock clock) {
    this.documents = documents;
    this.versions = versions;
    this.forum = forum;
    this.tasks = tasks;
    this.runtimeService = runtimeService;
    this.clock = clock;
  }

  /** Creates a document and starts its approval process; a first draft may come with it. */
  @Transactional
  public Document create(DocumentType type, String title, String coordinatorCode,
      VersionContent firstDraft, CurrentUser user) {
    if (type == null) {
      throw new InvalidInputException("The document type is missing.");
    }
    if (title == null || title.isBlank() || title.length() > 300) {
      throw new InvalidInputException("The title must be between 1 and 300 characters.");
    }
    Delegation coordinator = coordinator(coordinatorCode);
    requireCoordinator(coordinator, user);
    long id = documents.insert(type, title.strip(), coordinator.code(), user.id(), clock.now());
    String processInstanceId = runtimeService.startProcessInstanceByKey(PROCESS_KEY, String.valueOf(id),
        Map.of("documentId", id, "coordinatorGroup", coordinator.groupId())).getId();
    documents.attachProcess(id, processInstanceId);
    if (firstDraft != null) {
      upload(id, firstDraft, null, user);
    }
    return get(id);
  }

  /**
   * Uploads the first draft or a revision: the version is stored, then the open upload or revise
   * task is completed as the user, in the same transaction.
   */
  @Transactional
  public DocumentVersion upload(long documentId, VersionContent content, String note, CurrentUser user) {
    Document document = lock(documentId);
    if (document.status() == DocumentStatus.ADOPTED) {
      throw new ConflictException("The document is adopted; its adopted version is frozen.");
    }
    requireCoordinator(coordinator(document.coordinatorCode()), user);
    String taskKey = switch (document.status()) {
      case AWAITING_DRAFT -> TASK_UPLOAD_DRAFT;
      case IN_REVISION -> TASK_REVISE;
      default -> throw new ConflictException(
          "A version can be uploaded only for the first draft or during revision; the document is "
              + document.status() + ".");
    };
    String taskId = tasks.openTask(documentId, taskKey)
        .orElseThrow(() -> new ConflictException("The document is not waiting for a version."));
    DocumentVersion version = versions.insert(documentId, content, trimNote(note), user.id(), clock.now());
    tasks.complete(taskId, Map.of(), user);
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

  public Document get(long id) {
    return documents.find(id).orElseThrow(() -> new NotFoundException("There is no document " + id + "."));
  }

  /** Reads the document and holds its row until the transaction ends: one writer at a time. */
  public Document lock(long id) {
    return documents.findForUpdate(id).orElseThrow(() -> new NotFoundException("There is no document " + id + "."));
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
        .orElseThrow(() -> new ConflictException("The document has no version yet."));
  }

  public DocumentVersion version(long versionId) {
    return versions.find(versionId).orElseThrow(() -> new NotFoundException("There is no version " + versionId + "."));
  }

  public VersionContent content(long documentId, int number) {
    get(documentId);
    return versions.content(documentId, number)
        .orElseThrow(() -> new NotFoundException("Document " + documentId + " has no version " + number + "."));
  }

  public void changeStatus(long documentId, DocumentStatus status) {
    documents.changeStatus(documentId, status, clock.now());
  }

  /** Called by the upload and revise task listeners: a text given in Tasklist becomes a version. */
  public void addVersionFromTask(long documentId, String text, CurrentUser actor) {
    Document document = lock(documentId);
    requireCoordinator(coordinator(document.coordinatorCode()), actor);
    versions.insert(documentId, VersionContent.text(text), null, actor.id(), clock.now());
  }

  /** Called by the upload task listener: the draft step is done once a version exists. */
  void completeDraft(long documentId, CurrentUser actor) {
    Document document = lock(documentId);
    requireCoordinator(coordinator(document.coordinatorCode()), actor);
    if (versions.latest(documentId).isEmpty()) {
      throw new InvalidInputException("Upload the draft (a text or a file) before completing this step.");
    }
    changeStatus(documentId, DocumentStatus.AWAITING_REGISTRATION);
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

  /** Called when the SOC approves: the adopted version can never change again. */
  public DocumentVersion freezeLatest(long documentId) {
    DocumentVersion latest = latestVersion(documentId);
    versions.freeze(latest.id());
    changeStatus(documentId, DocumentStatus.ADOPTED);
    return latest;
  }

  public void requireCoordinator(Delegation coordinator, CurrentUser user) {
    if (!user.isIn(coordinator.groupId())) {
      throw new ForbiddenException("Only the coordinator (" + coordinator.name() + ") holds the pen on this document.");
    }
  }

  public Delegation coordinatorOf(Document document) {
    return coordinator(document.coordinatorCode());
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
    if (!user.isIn(ForumGroups.SECRETARIAT)) {
      throw new ForbiddenException("Only the Secretariat registers documents.");
    }
  }

  private static String trimNote(String note) {
    if (note == null || note.isBlank()) {
      return null;
    }
    if (note.length() > 2000) {
      throw new InvalidInputException("The note is longer than 2000 characters.");
    }
    return note.strip();
  }
}
