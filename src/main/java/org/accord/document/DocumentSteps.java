package org.accord.document;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.accord.document.content.ContentRules;
import org.accord.document.content.Money;
import org.accord.security.CurrentUser;
import org.accord.security.Role;
import org.accord.system.AccordClock;
import org.accord.system.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The document's own steps in its approval process, called by its delegates and task listeners
 * with the document the process carries. The same checks hold whichever client completed a task.
 */
@Component
class DocumentSteps {

  private final DocumentRepository documents;
  private final VersionRepository versions;
  private final RoutingRepository routings;
  private final RoutingTable routingTable;
  private final Versions store;
  private final Documents library;
  private final ContentRules contentRules;
  private final ApplicationEventPublisher events;
  private final AccordClock clock;

  DocumentSteps(DocumentRepository documents, VersionRepository versions, RoutingRepository routings,
      RoutingTable routingTable, Versions store, Documents library, ContentRules contentRules,
      ApplicationEventPublisher events, AccordClock clock) {
    this.documents = documents;
    this.versions = versions;
    this.routings = routings;
    this.routingTable = routingTable;
    this.store = store;
    this.library = library;
    this.contentRules = contentRules;
    this.events = events;
    this.clock = clock;
  }

  /** The document whose approval process this is, locked for the step. */
  Document carried(String processInstanceId) {
    return library.lock(library.carriedBy(processInstanceId).id());
  }

  /** On completing "Upload draft": a draft typed in Tasklist becomes version 1; some version must exist. */
  void recordDraft(Document document, VersionSubmitted submitted, CurrentUser actor) {
    library.requireCoordinator(library.coordinatorOf(document), actor);
    if (submitted.typed() != null) {
      store.add(document, submitted.typed(), actor.id());
    }
    if (versions.latest(document.id()).isEmpty()) {
      throw new InvalidInputException("refusal.document.draftFirst");
    }
  }

  /**
   * "Check the submission": the version about to be circulated carries the data its type needs,
   * and a budget agrees with the staff matrix travelling with it.
   */
  void checkSubmission(Document document) {
    DocumentVersion latest = library.latestVersion(document.id());
    requireData(document, latest);
    if (document.type() == DocumentType.BUDGET) {
      Document matrix = documents.companions(document.id()).stream().findFirst()
          .orElseThrow(() -> new InvalidInputException("refusal.document.matrixFirst", document.id()));
      DocumentVersion matrixVersion = versions.latest(matrix.id())
          .orElseThrow(() -> new InvalidInputException("refusal.document.matrixVersionFirst"));
      requireData(matrix, matrixVersion);
      Money staffLine = contentRules.staffLine(library.content(document.id(), latest.number()).asText());
      Money staffTotal = contentRules.staffTotal(library.content(matrix.id(), matrixVersion.number()).asText());
      if (!staffLine.currency().equals(staffTotal.currency())
          || staffLine.amount().compareTo(staffTotal.amount()) != 0) {
        throw new InvalidInputException("refusal.document.staffMismatch", format(staffTotal), format(staffLine));
      }
    }
  }

  /** On completing "Register document": the Secretariat's symbol, checked and recorded; answers it. */
  String recordRegistration(Document document, Registration registration, CurrentUser actor) {
    actor.require(Role.SECRETARIAT);
    String symbol = registration.checkedSymbol();
    if (documents.symbolTaken(symbol)) {
      throw Registration.taken(symbol);
    }
    documents.register(document.id(), symbol, clock.now());
    return symbol;
  }

  /** "Determine routing": the routing table's row for the document's type, kept with the document. */
  void determineRouting(Document document) {
    routings.insert(document.id(), routingTable.of(document.type()), clock.now());
  }

  /** "Record withdrawal": who withdrew the document and why; every module closes what it has open on it. */
  void recordWithdrawal(Document document, Withdrawal withdrawal) {
    documents.recordWithdrawal(document.id(), withdrawal.withdrawnBy(), withdrawal.reason(), clock.now());
    events.publishEvent(new DocumentWithdrawn(document.id(), withdrawal.withdrawnBy(), withdrawal.reason()));
  }

  /** "Freeze adopted version": the approved versions (the document's and its companions') never change again. */
  void freezeAdopted(Document document) {
    for (Document each : library.withCompanions(document.id())) {
      versions.freeze(library.latestVersion(each.id()).id());
    }
  }

  /**
   * The one writer of a document's status (and of the documents travelling with it): the process.
   * Each document moved is announced with where it stood before.
   */
  void mark(Document document, DocumentStatus status) {
    List<Document> before = library.withCompanions(document.id());
    OffsetDateTime now = clock.now();
    documents.changeStatus(document.id(), status, now);
    for (Document each : before) {
      events.publishEvent(new DocumentStatusChanged(library.get(each.id()), each.status(), now));
    }
  }

  private void requireData(Document document, DocumentVersion version) {
    if (document.type().needsData() && !version.hasData()) {
      throw new InvalidInputException("refusal.document.needsData", document.type(), version.number(),
          document.id());
    }
  }

  private static String format(Money money) {
    return String.format(Locale.ROOT, "%,.2f %s", money.amount(), money.currency());
  }
}
