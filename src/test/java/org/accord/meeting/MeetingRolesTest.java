package org.accord.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.accord.acting.ActingChairs;
import org.accord.decision.DecisionRegister;
import org.accord.document.Document;
import org.accord.document.DocumentStatus;
import org.accord.document.DocumentType;
import org.accord.document.Documents;
import org.accord.forum.Forum;
import org.accord.notification.Notice;
import org.accord.notification.Notifications;
import org.accord.security.CurrentUser;
import org.accord.security.Role;
import org.accord.security.Signatures;
import org.accord.system.AccordClock;
import org.accord.system.ForbiddenException;
import org.accord.tasklist.WaitingTasks;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mockito.ArgumentCaptor;

/**
 * Who may order the agenda, publish it and open the session, as the meeting service itself decides,
 * whatever page or API asked: the Secretariat orders and publishes, the SOC Chair opens; everyone else
 * is refused before anything changes or is mailed.
 */
class MeetingRolesTest {

  private static final long MEETING = 7;
  private static final long TOURISM = 11;
  private static final long CALENDAR = 12;
  private static final OffsetDateTime STARTS = OffsetDateTime.parse("2030-12-20T05:00:00Z");
  private static final OffsetDateTime NOW = OffsetDateTime.parse("2030-12-18T09:30:00Z");

  private static final CurrentUser SECRETARIAT = new CurrentUser("secretariat.officer", List.of("secretariat"));
  private static final CurrentUser SOC_CHAIR = new CurrentUser("soc.chair", List.of("chairs", "soc-chair"));
  private static final CurrentUser SWG_CHAIR = new CurrentUser("swg.chair", List.of("chairs", "swg-chair"));
  private static final CurrentUser DELEGATE = new CurrentUser("kz.delegate1", List.of("delegation-kz"));
  private static final CurrentUser OBSERVER = new CurrentUser("un.observer", List.of("delegation-un", "observers"));
  private static final CurrentUser ADMINISTRATOR = new CurrentUser("admin", List.of("camunda-admin"));

  private final MeetingRepository repository = mock(MeetingRepository.class);
  private final Documents documents = mock(Documents.class);
  private final Notifications notifications = mock(Notifications.class);
  private final AccordClock clock = mock(AccordClock.class);
  private final ActingChairs actingChairs = mock(ActingChairs.class);
  private final Meetings meetings = new Meetings(repository, documents, mock(DecisionRegister.class), mock(Forum.class),
      mock(WaitingTasks.class), mock(RuntimeService.class), mock(SummaryRecordPdf.class), clock, notifications,
      actingChairs, mock(Signatures.class));

  static Stream<Arguments> notTheSecretariat() {
    return Stream.of(Arguments.of(DELEGATE), Arguments.of(OBSERVER), Arguments.of(SOC_CHAIR), Arguments.of(SWG_CHAIR),
        Arguments.of(ADMINISTRATOR));
  }

  static Stream<Arguments> notTheSocChair() {
    return Stream.of(Arguments.of(DELEGATE), Arguments.of(OBSERVER), Arguments.of(SECRETARIAT), Arguments.of(SWG_CHAIR),
        Arguments.of(ADMINISTRATOR));
  }

  // ---- ordering the agenda ----

  @ParameterizedTest(name = "{0}")
  @MethodSource("notTheSecretariat")
  void shouldRefuseToMoveAnItemForAnyoneButTheSecretariat(CurrentUser user) {
    givenMeeting(MeetingStatus.CONVENED);

    assertThatThrownBy(() -> meetings.moveItem(MEETING, CALENDAR, true, user))
        .isInstanceOf(ForbiddenException.class).hasMessage("Only the Secretariat does this.");
    verify(repository, never()).move(anyLong(), anyLong(), anyBoolean());
  }

  @Test
  void shouldLetTheSecretariatMoveAnItemUpAndAnswerTheAgendaRenumbered() {
    givenMeeting(MeetingStatus.CONVENED);
    when(repository.move(MEETING, CALENDAR, true)).thenAnswer(call -> {
      givenAgenda(CALENDAR, TOURISM);
      return true;
    });

    List<AgendaItem> agenda = meetings.moveItem(MEETING, CALENDAR, true, SECRETARIAT);

    assertThat(agenda).extracting(AgendaItem::itemNumber, AgendaItem::documentId)
        .containsExactly(tuple(1, CALENDAR), tuple(2, TOURISM));
    verify(repository).move(MEETING, CALENDAR, true);
  }

  // ---- publishing the agenda ----

  @ParameterizedTest(name = "{0}")
  @MethodSource("notTheSecretariat")
  void shouldRefuseToPublishTheAgendaForAnyoneButTheSecretariatAndMailNobody(CurrentUser user) {
    givenMeeting(MeetingStatus.AGENDA_CONFIRMED);

    assertThatThrownBy(() -> meetings.publishAgenda(MEETING, user))
        .isInstanceOf(ForbiddenException.class).hasMessage("Only the Secretariat does this.");
    verifyNoInteractions(notifications);
    verify(repository, never()).agendaPublished(anyLong(), any(), any());
  }

  @Test
  void shouldLetTheSecretariatPublishTheConfirmedAgendaToTheForumAndItsObserversAndRecordWhen() {
    givenMeeting(MeetingStatus.AGENDA_CONFIRMED);

    meetings.publishAgenda(MEETING, SECRETARIAT);

    ArgumentCaptor<Notice> notice = ArgumentCaptor.forClass(Notice.class);
    verify(notifications).toForumAndObservers(notice.capture());
    assertThat(notice.getValue().kind()).isEqualTo("AGENDA");
    assertThat(notice.getValue().reference()).isEqualTo("meeting:" + MEETING);
    verify(repository).agendaPublished(MEETING, "secretariat.officer", NOW);
  }

  // ---- opening the session ----

  @ParameterizedTest(name = "{0}")
  @MethodSource("notTheSocChair")
  void shouldRefuseToOpenTheSessionForAnyoneButTheSocChair(CurrentUser user) {
    givenMeeting(MeetingStatus.AGENDA_CONFIRMED);

    assertThatThrownBy(() -> meetings.openSession(MEETING, user))
        .isInstanceOf(ForbiddenException.class).hasMessage("Only the SOC Chair does this.");
    verify(repository, never()).open(anyLong(), any(), any(), any());
  }

  @Test
  void shouldLetTheSocChairOpenTheSessionBeforeTheStartTime() {
    givenMeeting(MeetingStatus.AGENDA_CONFIRMED);

    meetings.openSession(MEETING, SOC_CHAIR);

    verify(repository).open(MEETING, "soc.chair", null, NOW);
  }

  @Test
  void shouldRecordForWhomAnActingSocChairOpensTheSession() {
    CurrentUser acting = new CurrentUser("kz.deputy", List.of("chairs", "soc-chair"));
    givenMeeting(MeetingStatus.AGENDA_CONFIRMED);
    when(actingChairs.actingFor(acting, Role.SOC_CHAIR)).thenReturn("soc.chair");

    meetings.openSession(MEETING, acting);

    verify(repository).open(MEETING, "kz.deputy", "soc.chair", NOW);
  }

  // ---- fixtures ----

  private void givenMeeting(MeetingStatus status) {
    Meeting meeting = new Meeting(MEETING, "Meeting of the Senior Officials Committee, December 2030", STARTS,
        MeetingFormat.VIDEOCONFERENCE, null, status, "process-7", "secretariat.officer", NOW.minusDays(30), null,
        null, null);
    when(repository.find(MEETING)).thenReturn(Optional.of(meeting));
    when(repository.findForUpdate(MEETING)).thenReturn(Optional.of(meeting));
    when(clock.now()).thenReturn(NOW);
    givenAgenda(TOURISM, CALENDAR);
    when(documents.all(any())).thenReturn(Map.of(TOURISM, document(TOURISM, "Concept paper on Tourism"),
        CALENDAR, document(CALENDAR, "Calendar of CICA events for 2031")));
  }

  /** The agenda's documents in the order given, numbered from 1. */
  private void givenAgenda(long... documentIds) {
    List<MeetingRepository.ItemRow> rows = new ArrayList<>();
    for (int i = 0; i < documentIds.length; i++) {
      rows.add(new MeetingRepository.ItemRow(100 + documentIds[i], MEETING, i + 1, documentIds[i], false));
    }
    when(repository.agenda(MEETING)).thenReturn(rows);
  }

  private static Document document(long id, String title) {
    return new Document(id, DocumentType.CONCEPT_PAPER, title, "CICA/SWG/2030/CP-" + id, "KZ",
        DocumentStatus.AWAITING_SOC_MEETING, "process-" + id, null, "kz.delegate1", NOW.minusDays(60), NOW, null, null,
        null);
  }
}
