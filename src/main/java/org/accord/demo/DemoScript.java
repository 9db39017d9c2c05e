package org.accord.demo;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.accord.decision.DecisionRegister;
import org.accord.decision.RouteChoice;
import org.accord.decision.SocOutcome;
import org.accord.decision.SocRoute;
import org.accord.document.Documents;
import org.accord.document.DocumentType;
import org.accord.document.Registration;
import org.accord.document.Submission;
import org.accord.meeting.MeetingCommands;
import org.accord.meeting.MeetingFormat;
import org.accord.meeting.Meetings;
import org.accord.negotiation.ConsensusConfirmation;
import org.accord.negotiation.GivePosition;
import org.accord.negotiation.Negotiation;
import org.accord.negotiation.Position;
import org.accord.negotiation.Round;
import org.accord.security.CurrentUser;
import org.accord.silence.Circulation;
import org.accord.silence.SilenceProcedures;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The steps the demo's people take, through the same services as Accord's API, one transaction per
 * step (each a user action): the processes, task listeners and records are those a real user's clicks would leave.
 */
@Component
class DemoScript {

  private final Documents documents;
  private final Negotiation negotiation;
  private final DecisionRegister register;
  private final Meetings meetings;
  private final SilenceProcedures silence;
  /** The demo's SOC Chair signs decisions with the demo password, as the Chair would type theirs. */
  private final String demoPassword;

  DemoScript(Documents documents, Negotiation negotiation, DecisionRegister register, Meetings meetings,
      SilenceProcedures silence, @Value("${accord.forum.demo-password}") String demoPassword) {
    this.demoPassword = demoPassword;
    this.documents = documents;
    this.negotiation = negotiation;
    this.register = register;
    this.meetings = meetings;
    this.silence = silence;
  }

  // ---- drafting ----

  /** The coordinator creates a document with its first draft (structured data). */
  long create(CurrentUser author, DocumentType type, String title, String coordinator, String data) {
    return documents.create(new Documents.NewDocument(type, title, coordinator, null, new Submission(data, null, null)),
        author).id();
  }

  /** A budget is created before its staff matrix, and drafted after it: the two must agree. */
  long createWithoutDraft(CurrentUser author, DocumentType type, String title, String coordinator) {
    return documents.create(new Documents.NewDocument(type, title, coordinator, null, null), author).id();
  }

  long createStaffMatrix(CurrentUser author, String title, long budget, String data) {
    return documents.create(new Documents.NewDocument(DocumentType.STAFF_MATRIX, title,
        documents.get(budget).coordinatorCode(), budget, new Submission(data, null, null)), author).id();
  }

  /** The first draft, or a revision answering the round, with the coordinator's note. */
  void upload(long documentId, String data, String note, CurrentUser author) {
    documents.upload(documentId, new Submission(data, null, note), author);
  }

  void register(long documentId, String symbol, CurrentUser secretariat) {
    documents.register(documentId, new Registration(symbol), secretariat);
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
    negotiation.give(documentId, statement(position), cast.delegateOf(position.delegation()));
  }

  /** A delegation changes its position while the round is open; the record keeps both. */
  void change(long documentId, Cast cast, Say position) {
    negotiation.change(documentId, statement(position), cast.delegateOf(position.delegation()));
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
    negotiation.confirmConsensus(documentId, new ConsensusConfirmation.Given(note), swgChair);
  }

  // ---- the SOC ----

  void route(long documentId, SocRoute route, CurrentUser socChair) {
    register.chooseRoute(documentId, new RouteChoice(route), socChair);
  }

  /** The Secretariat convenes a meeting, sets its agenda and confirms it: the meeting is in session. */
  long convene(String title, OffsetDateTime startsAt, MeetingFormat format, List<Long> agenda,
      CurrentUser secretariat) {
    long meeting = meetings.convene(new Meetings.Convening(title, startsAt, format, null), secretariat).id();
    meetings.setAgenda(meeting, agenda, secretariat);
    meetings.confirmAgenda(meeting, secretariat);
    return meeting;
  }

  /** The SOC Chair approves each agenda item without statements, records who attended and closes the meeting. */
  void holdAndClose(long meetingId, List<Long> agenda, List<String> present, CurrentUser socChair) {
    for (long documentId : agenda) {
      meetings.decide(meetingId, new MeetingCommands.DecideItem(documentId, SocOutcome.APPROVED, List.of(), null)
          .withPassword(demoPassword), socChair);
    }
    meetings.recordAttendance(meetingId, present, socChair);
    meetings.close(meetingId, socChair);
  }

  void circulateUnderSilence(long documentId, OffsetDateTime expiresAt, String note, CurrentUser socChair) {
    silence.start(documentId, new Circulation(expiresAt, note), socChair);
  }

  private static GivePosition statement(Say position) {
    return new GivePosition(position.delegation(), position.kind(), position.text(), position.anchor());
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
