package org.accord.negotiation;

import java.util.Arrays;
import java.util.List;
import org.accord.document.Document;

/**
 * What the SWG Chair reads before ruling on further rounds. Its methods are public because templates call them.
 *
 * @param waiting whether the process waits for the ruling now; the form is shown only then
 * @param latest the latest round; null before the first
 * @param roundsBeforeChairRules how many rounds the routing table allows before the Chair rules
 * @param rulings the rulings already recorded, oldest first
 */
record RulingSection(Document document, boolean waiting, Round latest, int roundsBeforeChairRules,
    List<ChairRuling> rulings) {

  public List<ChairRuling.Ruling> choices() {
    return Arrays.asList(ChairRuling.Ruling.values());
  }

  public ChairRuling lastRuling() {
    return rulings.isEmpty() ? null : rulings.get(rulings.size() - 1);
  }
}
