package org.accord.silence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.OffsetDateTime;
import org.accord.document.Document;
import org.accord.document.DocumentStatus;
import org.accord.document.DocumentType;
import org.accord.document.Documents;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.junit.jupiter.api.Test;

/** The SOC Chair's silence tasks lead to the document page's section for them, on the calling document. */
class SilenceTaskSubjectsTest {

  private final Documents documents = mock(Documents.class);
  private final DelegateTask task = mock(DelegateTask.class);

  @Test
  void shouldLeadBothChairTasksToTheSilenceChairSectionOfTheCallingDocument() {
    givenCalledByApproval("approval-9");
    when(documents.carriedBy("approval-9")).thenReturn(new Document(9, DocumentType.CONCEPT_PAPER, "Education",
        "CICA/SWG/2022/CP-EDUCATION", "KZ", DocumentStatus.UNDER_SILENCE, "approval-9", null, "kz.delegate1",
        OffsetDateTime.now(), OffsetDateTime.now(), null, null, null));
    SilenceTaskSubjects subjects = new SilenceTaskSubjects(documents);

    for (String key : new String[] {"Task_CirculateUnderSilence", "Task_ChooseAfterBreak"}) {
      when(task.getTaskDefinitionKey()).thenReturn(key);
      assertThat(subjects.of(task)).hasValueSatisfying(subject -> {
        assertThat(subject.documentId()).isEqualTo(9);
        assertThat(subject.page()).isEqualTo("/documents/9#silence-chair");
      });
    }
  }

  @Test
  void shouldKnowNothingOfAProcedureNoDocumentCalledOrOfOtherTasks() {
    when(task.getTaskDefinitionKey()).thenReturn("Task_CirculateUnderSilence");
    DelegateExecution execution = mock(DelegateExecution.class);
    when(task.getExecution()).thenReturn(execution);
    when(execution.getProcessInstance()).thenReturn(execution);
    SilenceTaskSubjects subjects = new SilenceTaskSubjects(documents);

    assertThat(subjects.of(task)).isEmpty();

    when(task.getTaskDefinitionKey()).thenReturn("Task_GivePosition");
    assertThat(subjects.of(task)).isEmpty();
  }

  private void givenCalledByApproval(String approvalInstance) {
    DelegateExecution execution = mock(DelegateExecution.class);
    DelegateExecution procedure = mock(DelegateExecution.class);
    DelegateExecution caller = mock(DelegateExecution.class);
    when(task.getExecution()).thenReturn(execution);
    when(execution.getProcessInstance()).thenReturn(procedure);
    when(procedure.getSuperExecution()).thenReturn(caller);
    when(caller.getProcessInstanceId()).thenReturn(approvalInstance);
  }
}
