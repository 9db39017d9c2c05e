package org.accord.demo;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.accord.decision.DecisionRegister;
import org.accord.decision.SocRoute;
import org.accord.document.DocumentService;
import org.accord.document.DocumentType;
import org.accord.document.Submission;
import org.accord.meeting.MeetingFormat;
import org.accord.meeting.MeetingService;
import org.accord.negotiation.NegotiationService;
import org.accord.negotiation.Position;
import org.accord.negotiation.Round;
import org.accord.security.CurrentUser;
import org.accord.silence.SilenceService;
import org.accord.system.Transactions;
import org.springframework.stereotype.Component;

/**
 * The steps the demo's people take, through the same services as Accord's API, one transaction per
 * step: the processes, task listeners and records are those a real user's clicks would leave.
 */
@Component
class DemoScript {

  private final DocumentService documents;
  private final NegotiationService negotiation;
  private final DecisionRegister register;
  private final MeetingService meetings;
  private final SilenceService silence;
  private final Transactions transactions;

  DemoScript(DocumentService documents, NegotiationService negotiation, DecisionRegister register,
      MeetingService meetings, SilenceService silence, Transactions transactions) {
    this.documents = documents;
    this.negotiation = negotiation;
    this.register = register;
    this.meetings = meetings;
    this.silence = silence;
    this.transactions = transactions;
  }

  // ---- drafting ----

  /** The coordinator creates a document with its first draft (structured data). */
  long create(CurrentUser author, DocumentType type, String title, String coordinator, String data) {
    return transactions.retrying(() ->
        documents.create(type, title, coordinator, null, new Submission(data, null, null), author).id());
  }

  /** A budget is created before its staff matrix, and drafted after it: the two must agree. */
  long createWithoutDraft(CurrentUser author, DocumentType type, String title, String coordinator) {
    return transactions.retrying(() -> documents.create(type, title, coordinator, null, null, author).id());
  }

  long createStaffMatrix(CurrentUser author, String title, long budget, String data) {
    return transactions.retrying(() -> documents.create(DocumentType.STAFF_MATRIX, title,
        documents.get(budget).coordinatorCode(), budget, new Submission(data, null, null), author).id());
  }

  /** The first draft, or a revision answering the round, with the coordinator's note. */
  void upload(long documentId, String data, String note, CurrentUser author) {
    transactions.retrying(() -> documents.upload(documentId, new Submission(data, null, note), author));
  }

  void register(long documentId, String symbol, CurrentUser secretariat) {
    transactions.retrying(() -> documents.register(documentId, symbol, secretariat));
  }

  // ---- negotiation ----

  /** A whole round: the delegations named speak first, in order; then every other delegation agrees. */
  void round(long documentId, Cast cast, Say... positions) {
    for (Say position : positions) {
      answer(documentId, cast, position);
    }
    othersAgree(documentId, cast);
  }

  void answer(long documentId, Cast cast, Say position) {
    transactions.retrying(() -> negotiation.givePosition(documentId, position.delegation(), position.kind(),
        position.text(), position.anchor(), cast.delegateOf(position.delegation())));
  }

  /** A delegation changes its position while the round is open; the record keeps both. */
  void change(long documentId, Cast cast, Say position) {
    transactions.retrying(() -> negotiation.changePosition(documentId, position.delegation(), position.kind(),
        position.text(), position.anchor(), cast.delegateOf(position.delegation())));
  }

  /** The delegations that have not spoken in the open round give no objection; the last closes it. */
  void othersAgree(long documentId, Cast cast) {
    Set<String> answered = answeredInOpenRound(documentId);
    for (String state : cast.memberStates()) {
      if (!answered.contains(state)) {
        answer(documentId, cast, Say.noObjection(state));
      }
    }
  }

  void recommend(long documentId, String note, CurrentUser swgChair) {
    transactions.retrying(() -> negotiation.confirmConsensus(documentId, note, swgChair));
  }

  // ---- the SOC ----

  void route(long documentId, SocRoute route, CurrentUser socChair) {
    transactions.retrying(() -> register.chooseRoute(documentId, route, socChair));
  }

  /** The Secretariat convenes a meeting, sets its agenda and confirms it: the meeting is in session. */
  long convene(String title, OffsetDateTime startsAt, MeetingFormat format, List<Long> agenda,
      CurrentUser secretariat) {
    long meeting = transactions.retrying(() -> meetings.convene(title, startsAt, format, null, secretariat).id());
    transactions.retrying(() -> meetings.setAgenda(meeting, agenda, secretariat));
    transactions.retrying(() -> meetings.confirmAgenda(meeting, secretariat));
    return meeting;
  }

  void circulateUnderSilence(long documentId, OffsetDateTime expiresAt, String note, CurrentUser socChair) {
    transactions.retrying(() -> silence.start(documentId, expiresAt, note, socChair));
  }

  private Set<String> answeredInOpenRound(long documentId) {
    List<Round> rounds = negotiation.rounds(documentId);
    Round open = rounds.get(rounds.size() - 1);
    if (!open.isOpen()) {
      throw new IllegalStateException("No round is open on document " + documentId);
    }
    return negotiation.positions(open.id()).stream().map(Position::delegationCode).collect(Collectors.toSet());
  }
}
