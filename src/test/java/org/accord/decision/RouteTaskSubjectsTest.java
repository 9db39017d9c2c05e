package org.accord.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.OffsetDateTime;
import org.accord.document.Document;
import org.accord.document.DocumentStatus;
import org.accord.document.DocumentType;
import org.accord.document.Documents;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.junit.jupiter.api.Test;

/** The SOC Chair's "Choose the route" task leads to the document page's route section. */
class RouteTaskSubjectsTest {

  private final Documents documents = mock(Documents.class);
  private final DelegateTask task = mock(DelegateTask.class);

  @Test
  void shouldLeadTheRouteTaskToTheRouteSectionOfItsDocument() {
    when(task.getTaskDefinitionKey()).thenReturn(DecisionRegister.TASK_CHOOSE_SOC_ROUTE);
    when(task.getProcessInstanceId()).thenReturn("approval-9");
    when(documents.carriedBy("approval-9")).thenReturn(new Document(9, DocumentType.CONCEPT_PAPER, "Education",
        "CICA/SWG/2022/CP-EDUCATION", "KZ", DocumentStatus.RECOMMENDED, "approval-9", null, "kz.delegate1",
        OffsetDateTime.now(), OffsetDateTime.now(), null, null, null));

    assertThat(new RouteTaskSubjects(documents).of(task)).hasValueSatisfying(subject -> {
      assertThat(subject.page()).isEqualTo("/documents/9#route");
      assertThat(subject.label()).isEqualTo("CICA/SWG/2022/CP-EDUCATION \"Education\"");
    });
  }

  @Test
  void shouldLeaveOtherTasksToOtherModules() {
    when(task.getTaskDefinitionKey()).thenReturn("Task_ConfirmConsensus");

    assertThat(new RouteTaskSubjects(documents).of(task)).isEmpty();
  }
}
