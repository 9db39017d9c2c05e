package org.accord.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.accord.tasklist.WorkItemSubjects.Subject;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.junit.jupiter.api.Test;

/** A task of a document's processes is known by the document's id before registration, by its symbol after. */
class DocumentTaskSubjectsTest {

  private static final String SYMBOL = "CICA/SWG/2026/CP-3";
  private final DocumentRepository repository = mock(DocumentRepository.class);
  private final DocumentTaskSubjects subjects = new DocumentTaskSubjects(repository);

  @Test
  void shouldFindTheDocumentByItsIdAndSendTheSecretariatToTheRegistrationSection() {
    when(repository.find(7)).thenReturn(Optional.of(tourism(null)));

    assertThat(subjects.of(task("7", Documents.TASK_REGISTER)))
        .contains(new Subject(7, "CONCEPT_PAPER", "Tourism", null, null, "/documents/7#registration"));
  }

  @Test
  void shouldFindTheDocumentBySymbolOnceRegistered() {
    when(repository.findBySymbol(SYMBOL)).thenReturn(Optional.of(tourism(SYMBOL)));

    assertThat(subjects.of(task(SYMBOL, Documents.TASK_REVISE)))
        .contains(new Subject(7, "CONCEPT_PAPER", "Tourism", SYMBOL, null, "/documents/7#coordinator"));
    assertThat(subjects.of(task(SYMBOL, "Task_ChooseSocRoute")).map(Subject::page)).contains("/documents/7");
  }

  @Test
  void shouldKnowNoTaskWithoutABusinessKeyOrOfAnUnknownOne() {
    when(repository.findBySymbol("meeting-3")).thenReturn(Optional.empty());

    assertThat(subjects.of(task(null, "Task_BuildAgenda"))).isEmpty();
    assertThat(subjects.of(task("meeting-3", "Task_BuildAgenda"))).isEmpty();
  }

  private static DelegateTask task(String businessKey, String taskKey) {
    DelegateTask task = mock(DelegateTask.class);
    DelegateExecution execution = mock(DelegateExecution.class);
    when(task.getExecution()).thenReturn(execution);
    when(execution.getProcessBusinessKey()).thenReturn(businessKey);
    when(task.getTaskDefinitionKey()).thenReturn(taskKey);
    return task;
  }

  private static Document tourism(String symbol) {
    OffsetDateTime at = OffsetDateTime.parse("2026-12-01T10:00:00Z");
    return new Document(7, DocumentType.CONCEPT_PAPER, "Tourism", symbol, "KZ", DocumentStatus.AWAITING_REGISTRATION,
        "process-7", null, "kz.delegate1", at, at, null, null, null);
  }
}
