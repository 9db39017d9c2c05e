package org.accord.dossier;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.accord.decision.Decision;
import org.accord.document.Document;
import org.accord.document.DocumentStatus;
import org.accord.document.DocumentVersion;
import org.accord.document.VersionReading;
import org.accord.forum.Delegation;
import org.accord.meeting.Meeting;
import org.accord.meeting.MeetingStatus;
import org.accord.negotiation.Round;
import org.accord.negotiation.RoundExtension;
import org.accord.silence.SilenceProcedure;
import org.accord.silence.SilenceStatus;

/**
 * What the page of one document shows, and which of the forms of other modules it makes room for.
 * Its methods are public because templates call them.
 *
 * @param current the latest version, and {@code reading} it as the page lays it out; null before the first draft
 * @param versions newest first
 * @param rounds newest first
 * @param compilation of the latest round; null before the first round
 * @param meetings the meetings where its decisions were taken, by id
 * @param names every party of the forum's name, by code
 * @param extensions the SWG Chair's extensions of deadlines, oldest first
 */
record DocumentPage(
    Document document,
    List<Document> travelsWith,
    List<ApprovalStages.Stage> stages,
    DocumentVersion current,
    VersionReading reading,
    List<DocumentVersion> versions,
    List<ConsensusTracker> rounds,
    AmendmentCompilation compilation,
    List<Decision> decisions,
    Map<Long, Meeting> meetings,
    List<SilenceProcedure> silenceProcedures,
    Map<String, String> names,
    Reader reader,
    List<RoundExtension> extensions) {

  /**
   * Who reads the page, for the forms it makes room for.
   *
   * @param memberState the member state the reader speaks for; null for chairs, the Secretariat, observers
   * @param coordinator whether the reader belongs to the delegation that holds the pen
   * @param secretariat whether the reader is of the Secretariat, which registers documents
   */
  record Reader(Delegation memberState, boolean coordinator, boolean secretariat) {}

  /** How the current version is laid out: the name of its fragment in dossier/reading.html. */
  public String layout() {
    if (reading instanceof VersionReading.ConceptPaper) {
      return "conceptPaper";
    }
    if (reading instanceof VersionReading.ActionPlan) {
      return "actionPlan";
    }
    if (reading instanceof VersionReading.Calendar) {
      return "calendar";
    }
    if (reading instanceof VersionReading.Budget) {
      return "budget";
    }
    if (reading instanceof VersionReading.StaffMatrix) {
      return "staffMatrix";
    }
    return reading instanceof VersionReading.File ? "file" : "text";
  }

  /** A concept paper's typed content, for its header (priority area, coordinators); else empty. */
  public Optional<VersionReading.ConceptPaper> conceptPaper() {
    return reading instanceof VersionReading.ConceptPaper paper ? Optional.of(paper) : Optional.empty();
  }

  public Optional<ConsensusTracker> latestRound() {
    return rounds.stream().findFirst();
  }

  public List<ConsensusTracker> earlierRounds() {
    return rounds.isEmpty() ? List.of() : rounds.subList(1, rounds.size());
  }

  public Optional<SilenceProcedure> runningSilence() {
    return silenceProcedures.stream().filter(procedure -> procedure.status() == SilenceStatus.RUNNING).findFirst();
  }

  /** A member state's delegate gives or changes the delegation's position while the round is open. */
  public boolean offersPosition() {
    return reader.memberState() != null && latestRound().map(tracker -> tracker.round().isOpen()).orElse(false);
  }

  /** A member state's delegate may break silence while the procedure runs. */
  public boolean offersSilenceBreak() {
    return reader.memberState() != null && runningSilence().isPresent();
  }

  /** The coordinator's delegation submits a revision while the document accepts a version. */
  public boolean offersRevision() {
    return reader.coordinator() && document.status().acceptsVersion();
  }

  /** The SWG Chair's extensions of this round's deadline, oldest first. */
  public List<RoundExtension> extensionsOf(Round round) {
    return LatestRound.extensionsOf(extensions, round);
  }

  /** The Secretariat registers the document while its process waits for a symbol. */
  public boolean offersRegistration() {
    return reader.secretariat() && document.status() == DocumentStatus.AWAITING_REGISTRATION;
  }

  public String nameOf(String code) {
    return code == null ? "" : names.getOrDefault(code, code);
  }

  /** "Kazakhstan, Azerbaijan": the states a concept paper or a measure names by code. */
  public String namesOf(List<String> codes) {
    return String.join(", ", codes.stream().map(this::nameOf).toList());
  }

  /** A closed meeting's summary record can be downloaded. */
  public boolean hasSummaryRecord(Decision decision) {
    Meeting meeting = decision.meetingId() == null ? null : meetings.get(decision.meetingId());
    return meeting != null && meeting.status() == MeetingStatus.CLOSED;
  }

  /** The decision that adopted the document, for the line that says what comes next. */
  public Optional<Decision> adoption() {
    return decisions.stream().filter(decision -> decision.outcome().adopts()).reduce((first, last) -> last);
  }
}
