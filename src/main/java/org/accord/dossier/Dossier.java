package org.accord.dossier;

import java.util.List;
import org.accord.decision.Decision;
import org.accord.document.Document;
import org.accord.document.DocumentVersion;
import org.accord.negotiation.ChairRuling;
import org.accord.negotiation.ConsensusConfirmation;
import org.accord.negotiation.Position;
import org.accord.negotiation.PositionChange;
import org.accord.negotiation.Round;
import org.accord.negotiation.RoundExtension;
import org.accord.silence.SilenceProcedure;
import org.accord.tasklist.WorkItem;

/** Everything recorded about one document, and what it waits for now. */
record Dossier(
    Document document,
    String coordinatorName,
    List<Document> travelsWith,
    List<DocumentVersion> versions,
    List<RoundRecord> rounds,
    List<ConsensusConfirmation> consensus,
    List<ChairRuling> rulings,
    List<Decision> decisions,
    List<SilenceProcedure> silenceProcedures,
    List<WorkItem> waitingFor) {

  /** A round with its positions, their changes and the SWG Chair's extensions of its deadline. */
  record RoundRecord(Round round, List<Position> positions, List<PositionChange> changes,
      List<RoundExtension> extensions) {}
}
