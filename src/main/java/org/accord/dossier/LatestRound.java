package org.accord.dossier;

import java.util.List;
import java.util.Optional;
import org.accord.document.Document;
import org.accord.negotiation.Round;
import org.accord.negotiation.RoundExtension;

/**
 * The document page's latest round alone, read again while the round is open; it answers the two
 * questions the page's round fragment asks, as {@link DocumentPage} does.
 */
record LatestRound(Document document, Optional<ConsensusTracker> latestRound, List<RoundExtension> extensions) {

  /** The SWG Chair's extensions of this round's deadline, oldest first. */
  public List<RoundExtension> extensionsOf(Round round) {
    return extensionsOf(extensions, round);
  }

  static List<RoundExtension> extensionsOf(List<RoundExtension> extensions, Round round) {
    return extensions.stream().filter(extension -> extension.roundId() == round.id()).toList();
  }
}
