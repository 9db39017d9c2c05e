package org.accord.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;
import org.accord.tasklist.WorkItemSubjects.Subject;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.junit.jupiter.api.Test;

/** Which document a task concerns: the first module that knows the task answers, in the modules' order. */
class TaskSubjectsTest {

  private static final Subject ROUND_TASK = new Subject(7, "CONCEPT_PAPER", "Tourism", "CICA/SWG/2022/CP-1", 2, "/documents/7#position");
  private static final Subject DOCUMENT_TASK = new Subject(7, "CONCEPT_PAPER", "Tourism", "CICA/SWG/2022/CP-1", null, "/documents/7");

  private final DelegateTask task = mock(DelegateTask.class);

  @Test
  void shouldTakeTheAnswerOfTheFirstModuleThatKnowsTheTask() {
    WorkItemSubjects rounds = asked -> "negotiation-round".equals(WorkItemSubjects.processKey(asked))
        ? Optional.of(ROUND_TASK) : Optional.empty();
    WorkItemSubjects documents = asked -> Optional.of(DOCUMENT_TASK);
    TaskSubjects subjects = new TaskSubjects(List.of(rounds, documents));

    when(task.getProcessDefinitionId()).thenReturn("negotiation-round:3:a1b2");
    assertThat(subjects.of(task)).contains(ROUND_TASK);

    when(task.getProcessDefinitionId()).thenReturn("document-approval:4:c3d4");
    assertThat(subjects.of(task)).contains(DOCUMENT_TASK);
  }

  @Test
  void shouldKnowNothingOfATaskNoModuleKnows() {
    when(task.getProcessDefinitionId()).thenReturn(null);

    assertThat(new TaskSubjects(List.of(asked -> Optional.empty())).of(task)).isEmpty();
    assertThat(WorkItemSubjects.processKey(task)).isEmpty();
  }

  @Test
  void shouldNameADocumentByItsSymbolWhenRegisteredAndItsTitle() {
    assertThat(ROUND_TASK.label()).isEqualTo("CICA/SWG/2022/CP-1 \"Tourism\"");
    assertThat(new Subject(8, "BUDGET", "Budget 2023", null, null, "/documents/8").label()).isEqualTo("\"Budget 2023\"");
  }
}
