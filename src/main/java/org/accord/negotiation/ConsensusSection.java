package org.accord.negotiation;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.accord.document.Document;

/**
 * What the SWG Chair reads before confirming consensus. Its methods are public because templates call them.
 *
 * @param waiting whether the process waits for the confirmation now; the form is shown only then
 * @param summary the latest round's positions and reservations; null before the first round
 * @param names the member states' names in the reader's language, by code
 * @param confirmations the confirmations already recorded, oldest first
 */
record ConsensusSection(Document document, boolean waiting, Negotiation.RoundSummary summary,
    Map<String, String> names, List<ConsensusConfirmation> confirmations) {

  public List<PositionKind> kinds() {
    return Arrays.asList(PositionKind.values());
  }

  public long count(PositionKind kind) {
    return summary == null ? 0 : summary.counts().getOrDefault(kind, 0L);
  }

  public String nameOf(String code) {
    return names.getOrDefault(code, code);
  }

  /** The last confirmation, shown once the step is done. */
  public ConsensusConfirmation lastConfirmation() {
    return confirmations.isEmpty() ? null : confirmations.get(confirmations.size() - 1);
  }
}
