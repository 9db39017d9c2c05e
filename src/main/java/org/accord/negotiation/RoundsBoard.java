package org.accord.negotiation;

import java.util.List;
import java.util.Map;
import org.accord.document.Document;
import org.accord.document.Documents;
import org.accord.security.CurrentUser;
import org.accord.security.Role;
import org.accord.system.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The SWG Chair's rounds board: every round in progress across documents, soonest deadline first,
 * with who has answered, who is silent and who blocks consensus. The Secretariat and the
 * administrators read it too. Two queries whatever the number of rounds: the rounds with their
 * counts, then their documents.
 */
@PageController
class RoundsBoard {

  /** One line of the board: the round, its counts, and the document it circulates. */
  record Line(Negotiation.OpenRound open, Document document) {}

  private final Negotiation negotiation;
  private final Documents documents;

  RoundsBoard(Negotiation negotiation, Documents documents) {
    this.negotiation = negotiation;
    this.documents = documents;
  }

  @GetMapping("/rounds")
  String board(Model model, CurrentUser user) {
    user.requireAny("refusal.negotiation.boardNotYours", Role.SWG_CHAIR, Role.SECRETARIAT, Role.ADMINISTRATOR);
    List<Negotiation.OpenRound> open = negotiation.openRounds();
    Map<Long, Document> byId = documents.all(open.stream().map(line -> line.round().documentId()).distinct().toList());
    model.addAttribute("lines", open.stream()
        .filter(line -> byId.containsKey(line.round().documentId()))
        .map(line -> new Line(line, byId.get(line.round().documentId())))
        .toList());
    return "negotiation/rounds";
  }
}
