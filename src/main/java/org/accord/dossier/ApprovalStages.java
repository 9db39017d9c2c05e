package org.accord.dossier;

import java.util.ArrayList;
import java.util.List;
import org.accord.document.DocumentStatus;

/**
 * The stage strip of a document: draft, registration, its rounds, consensus, the SOC, then adopted
 * or withdrawn, with the stage it stands at marked. Read from the document's status, which follows
 * its process, and from its rounds; a withdrawn document shows only the stages it reached.
 */
final class ApprovalStages {

  /** One stage of the strip; {@code round} numbers a round, null while no round has opened. */
  record Stage(ApprovalStage stage, Integer round, StageProgress progress) {

    public boolean isCurrent() {
      return progress == StageProgress.CURRENT;
    }
  }

  /** What the record shows a document went through, for a withdrawn one. */
  record Reached(boolean drafted, boolean registered, boolean confirmed, boolean beforeSoc) {}

  private ApprovalStages() {}

  static List<Stage> of(DocumentStatus status, List<Integer> rounds, Reached reached) {
    boolean withdrawn = status == DocumentStatus.WITHDRAWN;
    List<Stage> strip = new ArrayList<>();
    if (!withdrawn || reached.drafted()) {
      strip.add(stage(ApprovalStage.DRAFT, null));
    }
    if (!withdrawn || reached.registered()) {
      strip.add(stage(ApprovalStage.REGISTRATION, null));
    }
    if (rounds.isEmpty() && !withdrawn) {
      strip.add(stage(ApprovalStage.ROUND, null));
    }
    rounds.forEach(round -> strip.add(stage(ApprovalStage.ROUND, round)));
    if (!withdrawn || reached.confirmed()) {
      strip.add(stage(ApprovalStage.CONSENSUS, null));
    }
    if (!withdrawn || reached.beforeSoc()) {
      strip.add(stage(ApprovalStage.SOC, null));
    }
    strip.add(stage(withdrawn ? ApprovalStage.WITHDRAWN : ApprovalStage.ADOPTED, null));
    int current = indexOfCurrent(status, strip);
    List<Stage> marked = new ArrayList<>();
    for (int i = 0; i < strip.size(); i++) {
      StageProgress progress = i < current ? StageProgress.DONE : i == current ? StageProgress.CURRENT : StageProgress.TO_COME;
      marked.add(new Stage(strip.get(i).stage(), strip.get(i).round(), progress));
    }
    return marked;
  }

  /** Between rounds (revision, the SWG Chair's ruling) a document still stands at its latest round. */
  private static int indexOfCurrent(DocumentStatus status, List<Stage> strip) {
    ApprovalStage current = switch (status) {
      case AWAITING_DRAFT -> ApprovalStage.DRAFT;
      case AWAITING_REGISTRATION -> ApprovalStage.REGISTRATION;
      case IN_NEGOTIATION, IN_REVISION, AWAITING_SWG_CHAIR -> ApprovalStage.ROUND;
      case AWAITING_CONSENSUS -> ApprovalStage.CONSENSUS;
      case RECOMMENDED, AWAITING_SOC_MEETING, UNDER_SILENCE -> ApprovalStage.SOC;
      case ADOPTED -> ApprovalStage.ADOPTED;
      case WITHDRAWN -> ApprovalStage.WITHDRAWN;
    };
    int index = -1;
    for (int i = 0; i < strip.size(); i++) {
      if (strip.get(i).stage() == current) {
        index = i;
      }
    }
    return index;
  }

  private static Stage stage(ApprovalStage stage, Integer round) {
    return new Stage(stage, round, StageProgress.TO_COME);
  }
}
