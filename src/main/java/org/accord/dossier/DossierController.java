package org.accord.dossier;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.accord.decision.DecisionRegister;
import org.accord.document.Document;
import org.accord.document.Documents;
import org.accord.negotiation.Negotiation;
import org.accord.negotiation.RoundExtension;
import org.accord.silence.SilenceProcedures;
import org.accord.tasklist.TaskList;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The read side across features: one document with everything recorded on it. */
@RestController
@Tag(name = "Documents")
class DossierController {

  private final Documents documents;
  private final Negotiation negotiation;
  private final DecisionRegister decisions;
  private final SilenceProcedures silence;
  private final TaskList taskList;

  DossierController(Documents documents, Negotiation negotiation, DecisionRegister decisions,
      SilenceProcedures silence, TaskList taskList) {
    this.silence = silence;
    this.documents = documents;
    this.negotiation = negotiation;
    this.decisions = decisions;
    this.taskList = taskList;
  }

  @GetMapping("/api/documents/{id}")
  @Operation(summary = "A document with its versions, rounds, positions and their changes, consensus, rulings, decisions and open tasks")
  @Transactional(readOnly = true)
  Dossier dossier(@PathVariable long id) {
    Document document = documents.get(id);
    List<Document> travellingTogether = documents.withCompanions(document.carrierId());
    List<RoundExtension> extensions = negotiation.extensions(id);
    return new Dossier(
        document,
        documents.coordinatorOf(document).name(),
        travellingTogether.stream().filter(other -> other.id() != id).toList(),
        documents.versions(id),
        negotiation.rounds(id).stream()
            .map(round -> new Dossier.RoundRecord(round, negotiation.positions(round.id()), negotiation.changes(round.id()),
                extensions.stream().filter(extension -> extension.roundId() == round.id()).toList()))
            .toList(),
        negotiation.confirmations(id),
        negotiation.rulings(id),
        decisions.ofDocument(id),
        silence.ofDocument(document.carrierId()),
        taskList.waitingOn(document.carrierId()));
  }
}
