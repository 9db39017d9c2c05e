package org.accord.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import org.accord.tasklist.WorkItemSubjects.Subject;
import org.accord.tasklist.WorkItemSubjects.Topic;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mockito.ArgumentCaptor;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * What Camunda Tasklist shows of each user task: its name says what to do on which document, its
 * description names the document (and the round) and gives the address of Accord's page.
 */
class TasklistHeadingsTest {

  private static final Subject DOCUMENT = new Subject(7, "CONCEPT_PAPER", "Tourism", "CICA/SWG/2022/CP-1", null,
      "/documents/7");
  private static final Subject ROUND = new Subject(7, "CONCEPT_PAPER", "Tourism", "CICA/SWG/2022/CP-1", 2,
      "/documents/7#position");

  private final TasklistHeadings headings = new TasklistHeadings(messages(), "https://accord.example.org/");

  static List<UserTasksOfAccord> userTasks() {
    return UserTasksOfAccord.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("userTasks")
  void shouldNameAndDescribeEveryUserTaskByItsDocumentAndPage(UserTasksOfAccord userTask) {
    DelegateTask task = task(userTask.task().getId(), userTask.task().getName());

    headings.describe(task, DOCUMENT);

    String words = messages().getMessage("task." + userTask.task().getId(), null, null, TasklistHeadings.LANGUAGE);
    assertThat(words).as("the bundles word every user task").isNotBlank();
    assertThat(name(task)).isEqualTo(words + ": CICA/SWG/2022/CP-1 \"Tourism\"");
    assertThat(description(task)).isEqualTo(
        "Document CICA/SWG/2022/CP-1 \"Tourism\". Open it in Accord: https://accord.example.org/documents/7");
  }

  @Test
  void shouldNameTheRoundOfAPositionTask() {
    DelegateTask task = task("Task_GivePosition", "Give position");

    headings.describe(task, ROUND);

    assertThat(name(task)).isEqualTo("Give the delegation's position: CICA/SWG/2022/CP-1 \"Tourism\"");
    assertThat(description(task)).isEqualTo("Document CICA/SWG/2022/CP-1 \"Tourism\", round 2. "
        + "Open it in Accord: https://accord.example.org/documents/7#position");
  }

  @Test
  void shouldNameAMeetingsOwnStepsByTheMeeting() {
    DelegateTask task = task("Task_BuildAgenda", "Build the agenda");

    headings.describe(task, new Topic("SOC meeting by videoconference", "/desk/meetings/3"));

    assertThat(name(task)).isEqualTo("Build the agenda: SOC meeting by videoconference");
    assertThat(description(task)).isEqualTo(
        "Meeting \"SOC meeting by videoconference\". Open it in Accord: https://accord.example.org/desk/meetings/3");
  }

  @Test
  void shouldNameAnUnregisteredDocumentByItsTitleAndAnUnknownTaskByItsModelName() {
    DelegateTask task = task("Task_Unknown", "Look at it");

    headings.describe(task, new Subject(8, "BUDGET", "Budget 2023", null, null, "/documents/8"));

    assertThat(name(task)).isEqualTo("Look at it: \"Budget 2023\"");
    assertThat(description(task)).contains("Document \"Budget 2023\".", "https://accord.example.org/documents/8");
  }

  @Test
  void shouldCutANameThatWouldNotFitCamundasColumn() {
    DelegateTask task = task("Task_GivePosition", "Give position");

    headings.describe(task, new Subject(9, "CONCEPT_PAPER", "T".repeat(400), "CICA/SWG/2022/CP-9", 1, "/documents/9"));

    assertThat(name(task)).hasSize(TasklistHeadings.NAME_LENGTH).endsWith("…");
    assertThat(description(task)).hasSizeLessThanOrEqualTo(TasklistHeadings.DESCRIPTION_LENGTH);
    assertThat(TasklistHeadings.fit("short", 255)).isEqualTo("short");
  }

  private static DelegateTask task(String key, String bpmnName) {
    DelegateTask task = mock(DelegateTask.class);
    when(task.getTaskDefinitionKey()).thenReturn(key);
    when(task.getName()).thenReturn(bpmnName);
    return task;
  }

  private static String name(DelegateTask task) {
    ArgumentCaptor<String> name = ArgumentCaptor.forClass(String.class);
    verify(task).setName(name.capture());
    return name.getValue();
  }

  private static String description(DelegateTask task) {
    ArgumentCaptor<String> description = ArgumentCaptor.forClass(String.class);
    verify(task).setDescription(description.capture());
    return description.getValue();
  }

  private static ResourceBundleMessageSource messages() {
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasename("messages");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    return messages;
  }
}
