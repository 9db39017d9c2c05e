package org.accord.tasklist;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.accord.document.Document;
import org.accord.document.DocumentStatus;
import org.accord.document.DocumentType;
import org.accord.document.SilenceRule;
import org.accord.meeting.Meeting;
import org.accord.meeting.MeetingFormat;
import org.accord.meeting.MeetingStatus;
import org.accord.negotiation.Round;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mockito.Mockito;
import org.mockito.invocation.InvocationOnMock;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.type.filter.AssignableTypeFilter;

/**
 * Every user task of Accord's processes (bpmn/*.bpmn) leads from the task lists, the mails and
 * Camunda Tasklist to the page where it is done, and to the section of the page that holds its form.
 * Every module's {@link WorkItemSubjects} found on the classpath is asked as the task list asks them, in
 * their order, over stores that know one document (7), one meeting (3) with the document as an agenda
 * item, and one round (2) on it; and the section a link names must be one its page's template has.
 */
class TaskLinksTest {

  private static final Document DOCUMENT = new Document(7, DocumentType.CONCEPT_PAPER, "Tourism", "CICA/SWG/2022/CP-1",
      "KZ", DocumentStatus.IN_NEGOTIATION, "approval-7", null, "kz.delegate1", OffsetDateTime.parse("2022-06-01T09:00Z"),
      OffsetDateTime.parse("2022-06-01T09:00Z"), null, null, null);
  private static final Meeting MEETING = new Meeting(3, "SOC meeting by videoconference",
      OffsetDateTime.parse("2022-12-15T04:00Z"), MeetingFormat.VIDEOCONFERENCE, null, MeetingStatus.IN_SESSION,
      "meeting-process-3", "secretariat.officer", OffsetDateTime.parse("2022-11-20T09:00Z"), null, null, null);
  private static final Round ROUND = new Round(12, 7, 2, 72, 2, null, OffsetDateTime.parse("2022-07-01T09:00Z"),
      OffsetDateTime.parse("2022-07-15T09:00Z"), null, null, false, SilenceRule.NO_OBJECTION, null, null);

  /** The instance of negotiation-round that runs the round. */
  private static final String ROUND_INSTANCE = "round-2-instance";
  /** The activity instance of soc-meeting's "Agenda item" that decides the document. */
  private static final String AGENDA_ITEM_ACTIVITY = "SubProcess_AgendaItem:item-7";

  /** Where each user task is done. */
  private static final Map<String, String> WHERE_DONE = Map.ofEntries(
      entry("Task_UploadDraft", "/documents/7#coordinator"),
      entry("Task_RegisterDocument", "/documents/7#registration"),
      entry("Task_ReviseDocument", "/documents/7#coordinator"),
      entry("Task_GivePosition", "/documents/7#position"),
      entry("Task_ConfirmConsensus", "/documents/7#consensus"),
      entry("Task_DecideOnFurtherRounds", "/documents/7#ruling"),
      entry("Task_ChooseSocRoute", "/documents/7#route"),
      entry("Task_CirculateUnderSilence", "/documents/7#silence-chair"),
      entry("Task_ChooseAfterBreak", "/documents/7#silence-chair"),
      entry("Task_BuildAgenda", "/desk/meetings/3"),
      entry("Task_DecideItem", "/desk/meetings/3#item-7"),
      entry("Task_CloseMeeting", "/desk/meetings/3"));

  /** The template each page is rendered from. */
  private static final Map<String, String> TEMPLATES = Map.of(
      "/documents/7", "templates/dossier/document.html",
      "/desk/meetings/3", "templates/desk/meeting.html");

  private static TaskSubjects subjects;

  static List<UserTasksOfAccord> userTasks() {
    return UserTasksOfAccord.all();
  }

  @BeforeAll
  static void everyModuleThatTellsTheSubjectsOfTasks() throws ReflectiveOperationException {
    var scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AssignableTypeFilter(WorkItemSubjects.class));
    List<WorkItemSubjects> modules = new ArrayList<>();
    for (BeanDefinition found : scanner.findCandidateComponents("org.accord")) {
      modules.add(built(Class.forName(found.getBeanClassName())));
    }
    assertThat(modules).extracting(module -> module.getClass().getSimpleName())
        .contains("DocumentTaskSubjects", "MeetingTaskSubjects", "RoundTaskSubjects");
    AnnotationAwareOrderComparator.sort(modules);
    subjects = new TaskSubjects(modules);
  }

  @Test
  void shouldKnowWhereEveryUserTaskOfTheProcessesIsDoneAndOfNoOtherTask() {
    assertThat(userTasks()).extracting(userTask -> userTask.task().getId())
        .containsExactlyInAnyOrderElementsOf(WHERE_DONE.keySet());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("userTasks")
  void shouldLinkEveryUserTaskToThePageAndTheSectionWhereItIsDone(UserTasksOfAccord userTask) throws IOException {
    String taskKey = userTask.task().getId();
    DelegateTask task = task(taskKey, processKey(userTask));

    String link = subjects.of(task).map(WorkItemSubjects.Subject::page)
        .or(() -> subjects.topicWithoutDocument(task).map(WorkItemSubjects.Topic::page))
        .orElse(null);

    assertThat(link).as(taskKey).isEqualTo(WHERE_DONE.get(taskKey));
    String[] pageAndSection = link.split("#", 2);
    String template = new ClassPathResource(TEMPLATES.get(pageAndSection[0]))
        .getContentAsString(StandardCharsets.UTF_8);
    if (pageAndSection.length == 2) {
      assertThat(template).as("the section of " + taskKey + " in " + TEMPLATES.get(pageAndSection[0]))
          .contains(anchor(pageAndSection[1]));
    }
  }

  /**
   * How the template marks the section: id="position", or, for one of many rows, th:id="|item-${...}|"
   * for item-7.
   */
  private static String anchor(String section) {
    Matcher numbered = Pattern.compile("(.+-)\\d+").matcher(section);
    return numbered.matches() ? "th:id=\"|" + numbered.group(1) + "${" : "id=\"" + section + "\"";
  }

  /**
   * A task as the engine hands it to the task listeners: of its process, in an instance keyed as Accord
   * keys it (the document's symbol, or "meeting-3"), called by document-approval's instance when it is a
   * silence procedure's, and inside its agenda item when it is a meeting's decision.
   */
  private static DelegateTask task(String taskKey, String processKey) {
    DelegateTask task = mock(DelegateTask.class);
    DelegateExecution execution = mock(DelegateExecution.class);
    DelegateExecution instance = mock(DelegateExecution.class);
    DelegateExecution caller = mock(DelegateExecution.class);
    when(task.getTaskDefinitionKey()).thenReturn(taskKey);
    when(task.getProcessDefinitionId()).thenReturn(processKey + ":1:" + processKey + "-definition");
    when(task.getProcessInstanceId()).thenReturn(switch (processKey) {
      case "document-approval" -> DOCUMENT.processInstanceId();
      case "negotiation-round" -> ROUND_INSTANCE;
      case "soc-meeting" -> MEETING.processInstanceId();
      default -> processKey + "-instance";
    });
    when(task.getExecution()).thenReturn(execution);
    when(execution.getProcessBusinessKey()).thenReturn(processKey.equals("soc-meeting") ? "meeting-3" : DOCUMENT.symbol());
    when(execution.getParentActivityInstanceId()).thenReturn(AGENDA_ITEM_ACTIVITY);
    when(execution.getProcessInstance()).thenReturn(instance);
    when(instance.getSuperExecution()).thenReturn(caller);
    when(caller.getProcessInstanceId()).thenReturn(DOCUMENT.processInstanceId());
    return task;
  }

  /** The id of the process the user task belongs to: document-approval, negotiation-round, ... */
  private static String processKey(UserTasksOfAccord userTask) {
    ModelElementInstance parent = userTask.task().getParentElement();
    while (!(parent instanceof Process)) {
      parent = parent.getParentElement();
    }
    return ((Process) parent).getId();
  }

  /** A module's subjects as Spring builds them, each of its collaborators a store that knows the one of each. */
  private static WorkItemSubjects built(Class<?> type) throws ReflectiveOperationException {
    Constructor<?> constructor = type.getDeclaredConstructors()[0];
    constructor.setAccessible(true);
    Object[] stores = new Object[constructor.getParameterCount()];
    for (int i = 0; i < stores.length; i++) {
      stores[i] = mock(constructor.getParameterTypes()[i], TaskLinksTest::theOneKnown);
    }
    return (WorkItemSubjects) constructor.newInstance(stores);
  }

  /**
   * What a store answers: the document, the meeting, the round or the agenda item it knows when asked by
   * what names it (its id, its symbol, the process instance that carries it), found or not as the method's
   * return type says; anything else as Mockito would.
   */
  private static Object theOneKnown(InvocationOnMock call) throws Throwable {
    Type returned = call.getMethod().getGenericReturnType();
    boolean optional = returned instanceof ParameterizedType wrapped && wrapped.getRawType() == Optional.class;
    Object known = known(optional ? ((ParameterizedType) returned).getActualTypeArguments()[0] : returned);
    Object found = known != null && namedBy(known).containsAll(Arrays.asList(call.getArguments())) ? known : null;
    if (optional) {
      return Optional.ofNullable(found);
    }
    return found != null ? found : Mockito.RETURNS_DEFAULTS.answer(call);
  }

  private static Set<Object> namedBy(Object known) {
    if (known == DOCUMENT) {
      return Set.of(DOCUMENT.id(), DOCUMENT.symbol(), DOCUMENT.processInstanceId());
    }
    if (known == MEETING) {
      return Set.of(MEETING.id(), MEETING.processInstanceId());
    }
    if (known == ROUND) {
      return Set.of(ROUND_INSTANCE);
    }
    return Set.of(AGENDA_ITEM_ACTIVITY);
  }

  private static Object known(Type type) throws ReflectiveOperationException {
    if (type == Document.class) {
      return DOCUMENT;
    }
    if (type == Meeting.class) {
      return MEETING;
    }
    if (type == Round.class) {
      return ROUND;
    }
    if (type instanceof Class<?> item && item.getName().equals("org.accord.meeting.MeetingRepository$ItemRow")) {
      // package-private to the meeting module: (id, meetingId, itemNumber, documentId, withdrawn)
      Constructor<?> row = item.getDeclaredConstructors()[0];
      row.setAccessible(true);
      return row.newInstance(30L, MEETING.id(), 1, DOCUMENT.id(), false);
    }
    return null;
  }
}
