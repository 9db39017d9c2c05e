package org.accord.dossier;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.accord.decision.Decision;
import org.accord.decision.DecisionRegister;
import org.accord.document.Document;
import org.accord.document.DocumentVersion;
import org.accord.document.Documents;
import org.accord.document.Paragraph;
import org.accord.document.VersionReading;
import org.accord.forum.Delegation;
import org.accord.forum.Forum;
import org.accord.meeting.Meeting;
import org.accord.meeting.Meetings;
import org.accord.negotiation.Negotiation;
import org.accord.negotiation.Round;
import org.accord.security.CurrentUser;
import org.accord.security.Role;
import org.accord.silence.SilenceProcedure;
import org.accord.silence.SilenceProcedures;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gathers the page of one document from the modules that record it, through their public services:
 * a fixed number of reads per round and per meeting, none per member state or per position.
 */
@Component
class DocumentPages {

  private final Documents documents;
  private final Negotiation negotiation;
  private final DecisionRegister decisions;
  private final SilenceProcedures silence;
  private final Meetings meetings;
  private final Forum forum;

  DocumentPages(Documents documents, Negotiation negotiation, DecisionRegister decisions, SilenceProcedures silence,
      Meetings meetings, Forum forum) {
    this.documents = documents;
    this.negotiation = negotiation;
    this.decisions = decisions;
    this.silence = silence;
    this.meetings = meetings;
    this.forum = forum;
  }

  @Transactional(readOnly = true)
  DocumentPage of(long id, CurrentUser user, Locale language) {
    Document document = documents.get(id);
    List<Delegation> parties = forum.all();
    Map<String, Delegation> byCode = parties.stream()
        .collect(Collectors.toMap(Delegation::code, Function.identity(), (first, second) -> first, LinkedHashMap::new));
    List<Delegation> memberStates = parties.stream().filter(Delegation::holdsPosition).toList();
    Delegation yours = memberStates.stream().filter(user::isMemberOf).findFirst().orElse(null);
    Delegation coordinator = byCode.get(document.coordinatorCode());

    // A budget and its staff matrix travel together: the rounds and silence procedures are the budget's.
    List<Document> travelsWith = documents.withCompanions(document.carrierId()).stream()
        .filter(other -> other.id() != id).toList();
    List<DocumentVersion> versions = documents.versions(id);
    DocumentVersion current = versions.isEmpty() ? null : versions.get(versions.size() - 1);
    VersionReading reading = current == null ? null : documents.reading(id, current.number());

    List<Round> rounds = negotiation.rounds(id);
    List<ConsensusTracker> trackers = new ArrayList<>();
    for (Round round : rounds) {
      trackers.add(tracker(round, memberStates, yours));
    }
    Collections.reverse(trackers);
    AmendmentCompilation compilation = trackers.isEmpty() ? null : compilation(trackers.get(0), reading, current,
        memberStates);

    List<Decision> decided = decisions.ofDocument(id);
    Map<Long, Meeting> decidedAt = new LinkedHashMap<>();
    decided.stream().map(Decision::meetingId).filter(meetingId -> meetingId != null).distinct()
        .forEach(meetingId -> decidedAt.put(meetingId, meetings.get(meetingId)));
    List<SilenceProcedure> procedures = silence.ofDocument(document.carrierId());

    List<ApprovalStages.Stage> stages = ApprovalStages.of(document.status(),
        rounds.stream().map(Round::number).toList(),
        new ApprovalStages.Reached(!versions.isEmpty(), document.symbol() != null,
            !negotiation.confirmations(id).isEmpty(), !decided.isEmpty() || !procedures.isEmpty()));

    Map<String, String> names = new LinkedHashMap<>();
    byCode.forEach((code, party) -> names.put(code, party.name(language)));
    List<DocumentVersion> newestFirst = new ArrayList<>(versions);
    Collections.reverse(newestFirst);
    boolean holdsThePen = coordinator != null && user.isMemberOf(coordinator);
    return new DocumentPage(document, travelsWith, stages, current, reading, newestFirst, trackers,
        compilation, decided, decidedAt, procedures, names, new DocumentPage.Reader(yours, holdsThePen,
            user.has(Role.SECRETARIAT)), negotiation.extensions(id));
  }

  /**
   * The latest round alone, which the document page asks for again while the round is open: its
   * tracker and extensions, without the rest of the page (versions, compilation, decisions).
   */
  @Transactional(readOnly = true)
  LatestRound latestRound(long id, CurrentUser user) {
    Document document = documents.get(id);
    List<Delegation> memberStates = forum.all().stream().filter(Delegation::holdsPosition).toList();
    Delegation yours = memberStates.stream().filter(user::isMemberOf).findFirst().orElse(null);
    List<Round> rounds = negotiation.rounds(id);
    Optional<ConsensusTracker> latest = rounds.isEmpty() ? Optional.empty()
        : Optional.of(tracker(rounds.get(rounds.size() - 1), memberStates, yours));
    return new LatestRound(document, latest, negotiation.extensions(id));
  }

  private ConsensusTracker tracker(Round round, List<Delegation> memberStates, Delegation yours) {
    return ConsensusTracker.of(round, memberStates, negotiation.positions(round.id()), negotiation.changes(round.id()),
        yours);
  }

  /**
   * The compilation of the latest round, beside the paragraphs of the version it circulated: the
   * current version's, already read, unless a revision has been uploaded since.
   */
  private AmendmentCompilation compilation(ConsensusTracker latest, VersionReading reading, DocumentVersion current,
      List<Delegation> memberStates) {
    Round round = latest.round();
    List<Paragraph> paragraphs;
    if (current != null && round.documentId() == current.documentId() && round.versionNumber() == current.number()) {
      paragraphs = paragraphsOf(reading);
    } else {
      paragraphs = documents.paragraphs(round.documentId(), round.versionNumber());
    }
    AmendmentCompilation compilation = AmendmentCompilation.of(round, paragraphs, latest.rows().stream()
        .filter(row -> row.position() != null).map(ConsensusTracker.Row::position).toList(), memberStates);
    // A table (a budget, a calendar) has no paragraphs: its compilation is worth showing only when someone spoke.
    return paragraphs.isEmpty() && compilation.isEmpty() ? null : compilation;
  }

  private static List<Paragraph> paragraphsOf(VersionReading reading) {
    if (reading instanceof VersionReading.Text text) {
      return text.paragraphs();
    }
    return reading instanceof VersionReading.ConceptPaper paper ? paper.paragraphs() : List.of();
  }
}
