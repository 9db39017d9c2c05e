package org.accord.decision;

import java.util.List;
import org.accord.document.Documents;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What document-approval branches on after an SOC meeting decided: the latest decision on the
 * document, read from the register. Public because the expression language calls it by reflection.
 */
@Component("socDecisions")
public class SocDecisions {

  private final DecisionRepository decisions;
  private final Documents documents;

  SocDecisions(DecisionRepository decisions, Documents documents) {
    this.decisions = decisions;
    this.documents = documents;
  }

  public String lastOutcome(DelegateExecution execution) {
    return last(execution).outcome().name();
  }

  public boolean adopted(DelegateExecution execution) {
    return last(execution).outcome().adopts();
  }

  private Decision last(DelegateExecution execution) {
    long documentId = documents.carriedBy(execution.getProcessInstanceId()).id();
    List<Decision> decided = decisions.ofDocument(documentId);
    if (decided.isEmpty()) {
      throw new IllegalStateException("The SOC has not decided on document " + documentId);
    }
    return decided.get(decided.size() - 1);
  }
}
