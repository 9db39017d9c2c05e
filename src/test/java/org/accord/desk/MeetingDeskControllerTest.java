package org.accord.desk;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.accord.decision.Decision;
import org.accord.decision.Reservation;
import org.accord.decision.SocOutcome;
import org.accord.document.Document;
import org.accord.document.DocumentVersion;
import org.accord.document.Documents;
import org.accord.negotiation.Negotiation;
import org.accord.negotiation.Position;
import org.accord.negotiation.PositionKind;
import org.accord.document.DocumentStatus;
import org.accord.document.DocumentType;
import org.accord.forum.Delegation;
import org.accord.forum.DelegationKind;
import org.accord.forum.Forum;
import org.accord.meeting.AgendaItem;
import org.accord.meeting.Meeting;
import org.accord.meeting.MeetingFormat;
import org.accord.meeting.MeetingCommands;
import org.accord.meeting.Meetings;
import org.accord.meeting.MeetingStatements;
import org.accord.meeting.MeetingStatus;
import org.accord.meeting.MeetingSummary;
import org.accord.system.ConflictException;
import org.accord.system.ForbiddenException;
import org.accord.system.NotFoundException;
import org.accord.system.InvalidInputException;
import org.accord.system.web.PageSlice;
import org.accord.tasklist.MyWork;
import org.accord.system.Problem;
import org.accord.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The desk's pages and forms, with the meeting service mocked and Spring Security's default chain (CSRF on). */
@WebMvcTest(MeetingDeskController.class)
@Import({MeetingPages.class, MeetingStatements.class, FormSubmissions.class, DeskText.class})
@PageSlice
@WithMockUser(username = "soc.chair", roles = {"chairs", "soc-chair"})
class MeetingDeskControllerTest {

  private static final Locale RU = Locale.forLanguageTag("ru");
  private static final long MEETING = 7;
  private static final long TOURISM = 11;
  private static final long CALENDAR = 12;
  private static final OffsetDateTime STARTS = OffsetDateTime.parse("2022-12-20T10:00:00Z");
  private static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
  private static final String DECISIONS_FORM = "action=\"/desk/meetings/7/decisions\"";
  private static final String ATTENDANCE_FORM = "action=\"/desk/meetings/7/attendance\"";
  private static final String CLOSE_FORM = "action=\"/desk/meetings/7/closure\"";
  private static final String AGENDA_FORM = "action=\"/desk/meetings/7/agenda\"";

  @Autowired MockMvc mvc;
  @MockitoBean Meetings meetings;
  @MockitoBean Forum forum;
  @MockitoBean Documents documents;
  @MockitoBean Negotiation negotiation;
  @MockitoBean(name = "myWork") MyWork myWork;

  @BeforeEach
  void givenTheForum() {
    List<Delegation> memberStates = List.of(party("CN", "China", "Китай", DelegationKind.MEMBER_STATE),
        party("KZ", "Kazakhstan", "Казахстан", DelegationKind.MEMBER_STATE),
        party("RU", "Russia", "Россия", DelegationKind.MEMBER_STATE));
    when(forum.memberStates()).thenReturn(memberStates);
    when(forum.all()).thenReturn(List.of(memberStates.get(0), memberStates.get(1), memberStates.get(2),
        party("UN", "United Nations", "Организация Объединённых Наций", DelegationKind.OBSERVER_ORGANISATION),
        party("SEC", "CICA Secretariat", "Секретариат СВМДА", DelegationKind.SECRETARIAT)));
    when(forum.name(any())).thenAnswer(call -> RU.equals(call.getArgument(0))
        ? "Совещание по взаимодействию и мерам доверия в Азии"
        : "Conference on Interaction and Confidence Building Measures in Asia");
  }

  @Test
  void shouldShowTheAgendaWithTheDecisionAndAttendanceFormsToTheSocChair() throws Exception {
    givenMeetingInSessionWithTourismApprovedAndTheCalendarPending();

    mvc.perform(get("/desk/meetings/{id}", MEETING))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(
            containsString("CICA/SWG/2022/CP-TOURISM"), containsString("href=\"/documents/11\""),
            containsString("SOC/2022/1"), containsString("Approved with reservations"), containsString(SHA),
            containsString("China reads paragraph 4 as concerning domestic routes."),
            containsString(DECISIONS_FORM), containsString("name=\"documentId\" value=\"12\""),
            containsString("Returned to the SWG"), containsString("Deferred to the next meeting"),
            containsString(ATTENDANCE_FORM), containsString("value=\"UN\""), containsString("name=\"_csrf\""),
            containsString("The meeting can close once every agenda item has its decision."))))
        .andExpect(content().string(allOf(
            not(containsString(CLOSE_FORM)), not(containsString(AGENDA_FORM)), not(containsString("value=\"SEC\"")))));
  }

  @Test
  void shouldOfferToCloseTheMeetingOnceEveryItemIsDecided() throws Exception {
    givenMeeting(MeetingStatus.IN_SESSION, List.of(
        new MeetingSummary.Item(item(1, TOURISM, "CICA/SWG/2022/CP-TOURISM"), List.of(decision(TOURISM, SocOutcome.APPROVED))),
        new MeetingSummary.Item(item(2, CALENDAR, "CICA/SWG/2022/CAL-2023"), List.of(decision(CALENDAR, SocOutcome.DEFERRED)))));

    mvc.perform(get("/desk/meetings/{id}", MEETING))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString(CLOSE_FORM), containsString("Deferred to the next meeting"),
            not(containsString(DECISIONS_FORM)))));
  }

  @Test
  @WithMockUser(username = "kz.delegate1", roles = "delegation-kz")
  void shouldShowTheAgendaButNoFormToADelegate() throws Exception {
    givenMeetingInSessionWithTourismApprovedAndTheCalendarPending();
    when(meetings.attendance(MEETING)).thenReturn(List.of("KZ", "UN"));

    mvc.perform(get("/desk/meetings/{id}", MEETING))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("CICA/SWG/2022/CP-TOURISM"), containsString("SOC/2022/1"),
            containsString("Awaiting decision"), containsString("United Nations (observer)"))))
        .andExpect(content().string(allOf(not(containsString(DECISIONS_FORM)), not(containsString(ATTENDANCE_FORM)),
            not(containsString(CLOSE_FORM)), not(containsString(AGENDA_FORM)))));
  }

  @Test
  @WithMockUser(username = "secretariat.officer", roles = "secretariat")
  void shouldOfferTheCandidatesToTheSecretariatWhileTheMeetingIsConvened() throws Exception {
    givenMeeting(MeetingStatus.CONVENED, List.of(
        new MeetingSummary.Item(item(1, TOURISM, "CICA/SWG/2022/CP-TOURISM"), List.of())));
    when(meetings.candidates()).thenReturn(List.of(document(CALENDAR, "Calendar of CICA events for 2023")));

    mvc.perform(get("/desk/meetings/{id}", MEETING))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString(AGENDA_FORM),
            containsString("value=\"11\" checked=\"checked\""), containsString("Calendar of CICA events for 2023"),
            containsString("action=\"/desk/meetings/7/agenda/confirmation\""))))
        .andExpect(content().string(allOf(not(containsString(DECISIONS_FORM)), not(containsString(ATTENDANCE_FORM)))));
  }

  @Test
  void shouldRecordADecisionWithTheParsedStatementsAndComeBackToTheMeeting() throws Exception {
    when(meetings.decide(eq(MEETING), any(), any()))
        .thenReturn(List.of(decision(CALENDAR, SocOutcome.APPROVED_WITH_RESERVATIONS)));

    mvc.perform(post("/desk/meetings/{id}/decisions", MEETING).with(csrf())
            .param("documentId", String.valueOf(CALENDAR))
            .param("outcome", "APPROVED_WITH_RESERVATIONS")
            .param("statements", "cn: China joins consensus on the understanding that the dates are indicative.\r\n\r\n"
                + "RU : Russia will host the SOC meeting.")
            .param("note", "Adopted after a short debate"))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/desk/meetings/7"))
        .andExpect(flash().attribute("notice", "Decision SOC/2022/1 recorded: Approved with reservations."));

    verify(meetings).decide(eq(MEETING), eq(new MeetingCommands.DecideItem(CALENDAR, SocOutcome.APPROVED_WITH_RESERVATIONS,
            List.of(new Reservation("CN", "China joins consensus on the understanding that the dates are indicative.",
                    Reservation.Source.MEETING),
                new Reservation("RU", "Russia will host the SOC meeting.", Reservation.Source.MEETING)),
            "Adopted after a short debate")),
        argThat(user -> user.id().equals("soc.chair") && user.has(Role.SOC_CHAIR)));
  }

  @Test
  void shouldShowAConflictOnThePageWithTheFormStillFilled() throws Exception {
    givenMeetingInSessionWithTourismApprovedAndTheCalendarPending();
    when(meetings.decide(eq(MEETING), any(), any()))
        .thenThrow(new ConflictException("The decision on document 12 is already recorded."));

    MvcResult refused = mvc.perform(post("/desk/meetings/{id}/decisions", MEETING).with(csrf())
            .param("documentId", String.valueOf(CALENDAR))
            .param("outcome", "RETURNED_TO_SWG")
            .param("note", "Back to the SWG for the dates"))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/desk/meetings/7"))
        .andReturn();

    mvc.perform(get("/desk/meetings/{id}", MEETING).flashAttrs(refused.getFlashMap()))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("role=\"alert\""),
            containsString("Conflict with the current state"),
            containsString("The decision on document 12 is already recorded."),
            containsString("value=\"RETURNED_TO_SWG\" id=\"outcome-12-RETURNED_TO_SWG\" checked=\"checked\""),
            containsString(">Back to the SWG for the dates</textarea>"))));
  }

  @Test
  void shouldRefuseAStatementLineThatDoesNotNameItsDelegation() throws Exception {
    mvc.perform(post("/desk/meetings/{id}/decisions", MEETING).with(csrf())
            .param("documentId", String.valueOf(CALENDAR))
            .param("outcome", "APPROVED_WITH_RESERVATIONS")
            .param("statements", "The United Nations welcomes the calendar."))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/desk/meetings/7"))
        .andExpect(flash().attribute("problem", new Problem(org.springframework.http.HttpStatus.BAD_REQUEST,
            "Invalid input", "Statement line 1 should read 'CODE: text', for example "
            + "'CN: China joins consensus on the understanding that ...'.")));

    verify(meetings, never()).decide(anyLong(), any(), any());
  }

  @Test
  void shouldShowTheRecordersRefusalOfAStatementInPlace() throws Exception {
    // The task's listener checks every statement, for the desk, the API and Tasklist alike.
    when(meetings.decide(eq(MEETING), any(), any())).thenThrow(new InvalidInputException(
        "Statement 1: 'UN' is not the code of a member state; only member states make statements for the record."));

    mvc.perform(post("/desk/meetings/{id}/decisions", MEETING).with(csrf())
            .param("documentId", String.valueOf(CALENDAR))
            .param("outcome", "APPROVED_WITH_RESERVATIONS")
            .param("statements", "UN: The United Nations welcomes the calendar.")
            .param("password", "accord"))
        // the form comes back as typed, but for the password
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/desk/meetings/7"))
        .andExpect(flash().attribute("problem", new Problem(org.springframework.http.HttpStatus.BAD_REQUEST,
            "Invalid input", "Statement 1: 'UN' is not the code of a member state; only member states make"
            + " statements for the record.")))
        .andExpect(flash().attribute("decisionForm", new MeetingDeskController.DecisionForm(CALENDAR,
            "APPROVED_WITH_RESERVATIONS", "UN: The United Nations welcomes the calendar.", null, null)));
  }

  @Test
  void shouldRefuseAFormPostedWithoutItsCsrfToken() throws Exception {
    mvc.perform(post("/desk/meetings/{id}/decisions", MEETING)
            .param("documentId", String.valueOf(CALENDAR))
            .param("outcome", "APPROVED"))
        .andExpect(status().isForbidden());
    mvc.perform(post("/desk/meetings/{id}/closure", MEETING))
        .andExpect(status().isForbidden());

    verifyNoInteractions(meetings);
  }

  @Test
  void shouldShowAFriendlyMessageWhenSomethingUnexpectedFails() throws Exception {
    when(meetings.close(eq(MEETING), any())).thenThrow(new IllegalStateException("the PDF renderer broke"));

    MvcResult failed = mvc.perform(post("/desk/meetings/{id}/closure", MEETING).with(csrf()).param("confirm", "yes"))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/desk/meetings/7"))
        .andReturn();

    Problem problem = (Problem) failed.getFlashMap().get("problem");
    org.assertj.core.api.Assertions.assertThat(problem.detail())
        .startsWith("Accord could not complete this; nothing was recorded.")
        .doesNotContain("PDF renderer");
  }

  @Test
  @WithMockUser(username = "secretariat.officer", roles = "secretariat")
  void shouldConveneAMeetingAtTheLocalTimeGiven() throws Exception {
    when(meetings.convene(any(), any())).thenReturn(meeting(MeetingStatus.CONVENED));

    mvc.perform(post("/desk/meetings").with(csrf())
            .param("title", "Meeting of the Senior Officials Committee, December 2022")
            .param("startsAt", "2022-12-20T15:00")
            .param("utcOffset", "+05:00")
            .param("format", "HYBRID")
            .param("place", "Astana"))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/desk/meetings/7"));

    verify(meetings).convene(eq(new Meetings.Convening("Meeting of the Senior Officials Committee, December 2022",
        OffsetDateTime.parse("2022-12-20T15:00+05:00"), MeetingFormat.HYBRID, "Astana")),
        argThat(user -> user.has(Role.SECRETARIAT)));
  }

  @Test
  @WithMockUser(username = "secretariat.officer", roles = "secretariat")
  void shouldListTheMeetingsWithTheirStatusAndTheConveneFormForTheSecretariat() throws Exception {
    when(meetings.count()).thenReturn(1L);
    when(meetings.page(0, 20)).thenReturn(List.of(meeting(MeetingStatus.IN_SESSION)));

    mvc.perform(get("/desk/meetings"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("href=\"/desk/meetings/7\""),
            containsString("20 December 2022, 10:00 (UTC)"), containsString("badge-in-session"),
            containsString("In session"), containsString("Convene a meeting"), containsString("for=\"startsAt\""))));
  }

  @Test
  void shouldNotOfferTheConveneFormToTheSocChair() throws Exception {
    when(meetings.count()).thenReturn(0L);

    mvc.perform(get("/desk/meetings"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("No SOC meeting has been convened yet."),
            not(containsString("Convene a meeting")))));
  }

  @Test
  void shouldShowAPageThatSaysSoWhenTheMeetingDoesNotExist() throws Exception {
    when(meetings.summary(42)).thenThrow(new NotFoundException("There is no meeting 42."));

    mvc.perform(get("/desk/meetings/{id}", 42))
        .andExpect(status().isNotFound())
        .andExpect(content().string(allOf(containsString("There is no meeting 42."),
            containsString("href=\"/desk/meetings\""))));
  }

  // ---- in Russian ----

  @Test
  void shouldShowTheMeetingInRussianWithThePartiesNamedInRussian() throws Exception {
    givenMeetingInSessionWithTourismApprovedAndTheCalendarPending();

    mvc.perform(get("/desk/meetings/{id}", MEETING).locale(RU))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(
            containsString("<html lang=\"ru\""), containsString(">Повестка дня</h2>"),
            containsString(">Запись решений</h2>"), containsString("<span>Присутствующие</span>"),
            containsString(">Закрытие заседания</h2>"), containsString(">Идёт заседание</span>"),
            containsString(">Утверждён с оговорками</span>"), containsString(">Возвращён в СРГ</span>"),
            containsString(">Ожидает решения</span>"), containsString("<strong>Китай</strong>"),
            containsString("(в последнем раунде СРГ)"), containsString("<legend>Государства-члены</legend>"),
            containsString("<span>Организация Объединённых Наций</span>"), containsString("Видеоконференция"),
            containsString("20 декабря 2022"), containsString("Пункт 2: CICA/SWG/2022/CAL-2023"))))
        .andExpect(content().string(allOf(not(containsString(">Agenda<")), not(containsString(">Attendance<")),
            not(containsString("Record the decision")), not(containsString("Awaiting decision")))));
  }

  @Test
  @WithMockUser(username = "secretariat.officer", roles = "secretariat")
  void shouldRefuseAMeetingWithoutItsDateInRussianAndKeepWhatWasTyped() throws Exception {
    MvcResult refused = mvc.perform(post("/desk/meetings").with(csrf()).locale(RU)
            .param("title", "Заседание КСДЛ, <декабрь> 2022")
            .param("startsAt", "")
            .param("utcOffset", "+05:00")
            .param("format", "IN_PERSON")
            .param("place", "Астана"))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/desk/meetings"))
        .andExpect(flash().attribute("problem", new Problem(org.springframework.http.HttpStatus.BAD_REQUEST,
            "Неверные данные", "Укажите дату и время заседания.")))
        .andReturn();
    verify(meetings, never()).convene(any(), any());
    when(meetings.count()).thenReturn(0L);

    mvc.perform(get("/desk/meetings").locale(RU).flashAttrs(refused.getFlashMap()))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("role=\"alert\""),
            containsString("Укажите дату и время заседания."), containsString(">Созвать заседание</h2>"),
            containsString("value=\"Заседание КСДЛ, &lt;декабрь&gt; 2022\""), containsString("value=\"Астана\""),
            containsString("value=\"+05:00\" selected=\"selected\""),
            containsString("value=\"IN_PERSON\" checked=\"checked\""), containsString("<span>Очно</span>"))));
  }

  @Test
  @WithMockUser(username = "secretariat.officer", roles = "secretariat")
  void shouldRefuseAnUnreadableDateInEnglishWithWhatWasTyped() throws Exception {
    mvc.perform(post("/desk/meetings").with(csrf())
            .param("title", "Meeting").param("startsAt", "20 Dec").param("utcOffset", "+05:00").param("format", "HYBRID"))
        .andExpect(status().isFound())
        .andExpect(flash().attribute("problem", new Problem(org.springframework.http.HttpStatus.BAD_REQUEST,
            "Invalid input", "'20 Dec' (UTC+05:00) is not a date and time.")));
  }

  @Test
  void shouldSayInRussianWhatWasRecordedCountingTheDelegations() throws Exception {
    when(meetings.recordAttendance(eq(MEETING), any(), any())).thenReturn(List.of("CN", "KZ", "RU", "TR", "UN"));
    when(meetings.decide(eq(MEETING), any(), any())).thenReturn(List.of(decision(CALENDAR, SocOutcome.RETURNED_TO_SWG)));

    mvc.perform(post("/desk/meetings/{id}/attendance", MEETING).with(csrf()).locale(RU)
            .param("present", "CN", "KZ", "RU", "TR", "UN"))
        .andExpect(flash().attribute("notice", "Список присутствующих сохранён: 5 делегаций."));
    mvc.perform(post("/desk/meetings/{id}/decisions", MEETING).with(csrf()).locale(RU)
            .param("documentId", String.valueOf(CALENDAR)).param("outcome", "RETURNED_TO_SWG"))
        .andExpect(flash().attribute("notice", "Решение SOC/2022/1 записано: Возвращён в СРГ."));
    mvc.perform(post("/desk/meetings/{id}/decisions", MEETING).with(csrf()).locale(RU)
            .param("documentId", String.valueOf(CALENDAR)))
        .andExpect(flash().attribute("problem", new Problem(org.springframework.http.HttpStatus.BAD_REQUEST,
            "Неверные данные", "Выберите решение по этому пункту: утверждён, утверждён с оговорками,"
            + " возвращён в СРГ или отложен.")));
  }

  @Test
  @WithMockUser(username = "secretariat.officer", roles = "secretariat")
  void shouldCountTheAgendaItemsInTheReadersLanguage() throws Exception {
    when(meetings.setAgenda(eq(MEETING), any(), any())).thenReturn(List.of(item(1, TOURISM, "A"), item(2, CALENDAR, "B")));

    mvc.perform(post("/desk/meetings/{id}/agenda", MEETING).with(csrf()).param("documentIds", "11", "12"))
        .andExpect(flash().attribute("notice", "The agenda is saved with 2 items. Confirm it to open the session."));
    mvc.perform(post("/desk/meetings/{id}/agenda", MEETING).with(csrf()).locale(RU).param("documentIds", "11", "12"))
        .andExpect(flash().attribute("notice", "Повестка дня сохранена: 2 пункта. Утвердите её, чтобы открыть заседание."));
  }

  // ---- every reader ----

  @Test
  @WithMockUser(username = "un.observer", roles = {"delegation-un", "observers"})
  void shouldLetAnObserverReadTheListOfMeetingsWithoutTheConveneForm() throws Exception {
    when(meetings.count()).thenReturn(1L);
    when(meetings.page(0, 20)).thenReturn(List.of(closedMeeting()));

    mvc.perform(get("/desk/meetings"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("href=\"/desk/meetings/7\""), containsString(">Closed</span>"),
            containsString("Conference on Interaction and Confidence Building Measures in Asia"),
            not(containsString("Convene a meeting")), not(containsString("action=\"/desk/meetings\"")))));
  }

  @Test
  @WithMockUser(username = "un.observer", roles = {"delegation-un", "observers"})
  void shouldLetAnObserverReadAClosedMeetingWithItsAgendaAndSummaryRecordButNoForm() throws Exception {
    when(meetings.summary(MEETING)).thenReturn(new MeetingSummary(closedMeeting(), List.of(
        new MeetingSummary.Item(item(1, TOURISM, "CICA/SWG/2022/CP-TOURISM"), List.of(decision(TOURISM, SocOutcome.APPROVED_WITH_RESERVATIONS))),
        new MeetingSummary.Item(item(2, CALENDAR, "CICA/SWG/2022/CAL-2023"), List.of(decision(CALENDAR, SocOutcome.DEFERRED)))),
        List.of()));
    when(meetings.attendance(MEETING)).thenReturn(List.of("KZ", "CN", "UN"));

    mvc.perform(get("/desk/meetings/{id}", MEETING))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("href=\"/documents/11\""), containsString("href=\"/documents/12\""),
            containsString("SOC/2022/1"), containsString("Deferred to the next meeting"),
            containsString("China reads paragraph 4 as concerning domestic routes."),
            containsString(">Summary record</h2>"), containsString("Closed 20 December 2022, 16:00 (UTC) by soc.chair."),
            containsString("href=\"/api/meetings/7/summary.pdf\">Summary record (PDF)</a>"),
            containsString("href=\"/api/meetings/7/summary.pdf?language=ru\""), containsString(">Russian translation (PDF)</a>"),
            containsString("a translation for reference"), containsString("<li>Kazakhstan</li>"),
            containsString("<li>United Nations (observer)</li>"))))
        .andExpect(content().string(allOf(not(containsString(DECISIONS_FORM)), not(containsString(ATTENDANCE_FORM)),
            not(containsString(CLOSE_FORM)), not(containsString(AGENDA_FORM)), not(containsString("<form action=\"/desk")),
            not(containsString("/api/documents/")))));
  }

  @Test
  @WithMockUser(username = "un.observer", roles = {"delegation-un", "observers"})
  void shouldMarkTheRussianSummaryRecordAsATranslationForARussianReader() throws Exception {
    when(meetings.summary(MEETING)).thenReturn(new MeetingSummary(closedMeeting(), List.of(), List.of()));
    when(meetings.attendance(MEETING)).thenReturn(List.of());

    mvc.perform(get("/desk/meetings/{id}", MEETING).locale(RU))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString(">Краткий отчёт</h2>"),
            containsString(">Краткий отчёт (PDF, на английском языке)</a>"),
            containsString("hreflang=\"ru\""), containsString(">Перевод на русский язык (PDF)</a>"),
            containsString("Повестка дня пуста."), containsString(">Закрыто</span>"))));
  }

  @Test
  @WithMockUser(username = "un.observer", roles = {"delegation-un", "observers"})
  void shouldAnswer403ToAnObserverWhoPostsADeskForm() throws Exception {
    // The rules stay in the service: it refuses the observer, and the desk answers 403 rather than a form to retype.
    when(meetings.convene(any(), any())).thenThrow(new ForbiddenException("Only the Secretariat does this."));
    when(meetings.decide(eq(MEETING), any(), any())).thenThrow(new ForbiddenException("Only the SOC Chair does this."));
    when(meetings.recordAttendance(eq(MEETING), any(), any()))
        .thenThrow(new ForbiddenException("The Secretariat or the SOC Chair records the attendance."));
    when(meetings.close(eq(MEETING), any())).thenThrow(new ForbiddenException("Only the SOC Chair does this."));

    mvc.perform(post("/desk/meetings").with(csrf()).param("title", "A meeting").param("startsAt", "2022-12-20T15:00")
            .param("utcOffset", "+05:00").param("format", "VIDEOCONFERENCE"))
        .andExpect(status().isForbidden())
        .andExpect(content().string(containsString("Only the Secretariat does this.")));
    mvc.perform(post("/desk/meetings/{id}/decisions", MEETING).with(csrf())
            .param("documentId", String.valueOf(CALENDAR)).param("outcome", "APPROVED"))
        .andExpect(status().isForbidden());
    mvc.perform(post("/desk/meetings/{id}/attendance", MEETING).with(csrf()).param("present", "UN"))
        .andExpect(status().isForbidden());
    mvc.perform(post("/desk/meetings/{id}/closure", MEETING).with(csrf()))
        .andExpect(status().isForbidden());
  }

  // ---- the meeting's clock, the items, attendance and closing (issue 8) ----

  @Test
  void shouldOfferTheSocChairToOpenTheSessionBeforeTheStartTimeAndNoDecisionForm() throws Exception {
    givenMeeting(MeetingStatus.AGENDA_CONFIRMED, List.of(
        new MeetingSummary.Item(item(1, CALENDAR, "CICA/SWG/2022/CAL-2023"), List.of())));

    mvc.perform(get("/desk/meetings/{id}", MEETING))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString(">Agenda confirmed</span>"),
            containsString("The session is not open yet"), containsString("20 December 2022, 10:00 UTC"),
            containsString("action=\"/desk/meetings/7/session\""), containsString(">Open the session</button>"))))
        .andExpect(content().string(allOf(not(containsString(DECISIONS_FORM)), not(containsString(CLOSE_FORM)),
            not(containsString(ATTENDANCE_FORM)), not(containsString("agenda/publication")))));
  }

  @Test
  void shouldOpenTheSessionThroughTheService() throws Exception {
    mvc.perform(post("/desk/meetings/{id}/session", MEETING).with(csrf()))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/desk/meetings/7"))
        .andExpect(flash().attribute("notice", "The session is open: the decisions can be recorded."));

    verify(meetings).openSession(eq(MEETING), argThat(user -> user.has(Role.SOC_CHAIR)));
  }

  @Test
  void shouldShowTheClocksRefusalOfADecisionInWords() throws Exception {
    when(meetings.decide(eq(MEETING), any(), any()))
        .thenThrow(new ConflictException("refusal.meeting.notStarted", "2022-12-20 10:00 UTC"));

    mvc.perform(post("/desk/meetings/{id}/decisions", MEETING).with(csrf())
            .param("documentId", String.valueOf(CALENDAR)).param("outcome", "DEFERRED"))
        .andExpect(status().isFound())
        .andExpect(flash().attribute("problem", new Problem(org.springframework.http.HttpStatus.CONFLICT,
            "Conflict with the current state", "The meeting has not started: it starts at 2022-12-20 10:00 UTC. "
            + "Decisions are recorded, and the meeting is closed, once it sits; the SOC Chair may open the session early.")));
  }

  @Test
  void shouldShowTheVersionAndTheRoundsReservationsAndPreselectTheApprovalWithReservations() throws Exception {
    givenMeetingInSessionWithTourismApprovedAndTheCalendarPending();
    when(documents.latestVersion(CALENDAR)).thenReturn(version(CALENDAR, 3));
    when(negotiation.lastRoundReservations(CALENDAR)).thenReturn(List.of(new Position(1, 5, "KZ",
        PositionKind.RESERVATION, "Kazakhstan reads the dates as indicative.", null, false, "kz.delegate1", STARTS, null)));

    mvc.perform(get("/desk/meetings/{id}", MEETING))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("Version 3 to be adopted"),
            containsString("Kazakhstan reads the dates as indicative."),
            containsString("An approval carries these reservations from the last round:"),
            containsString("value=\"APPROVED_WITH_RESERVATIONS\" id=\"outcome-12-APPROVED_WITH_RESERVATIONS\" checked=\"checked\""),
            containsString("the reservations above are attached"))))
        .andExpect(content().string(not(containsString("id=\"outcome-12-APPROVED\""))));
  }

  @Test
  void shouldOfferAPlainApprovalThatAttachesNothingWhenTheRoundHadNoReservation() throws Exception {
    givenMeetingInSessionWithTourismApprovedAndTheCalendarPending();
    when(documents.latestVersion(CALENDAR)).thenReturn(version(CALENDAR, 2));

    mvc.perform(get("/desk/meetings/{id}", MEETING))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("Version 2 to be adopted"),
            containsString("id=\"outcome-12-APPROVED\""), containsString("nothing is attached; a statement typed below"),
            containsString("the statements typed below are attached (at least one)"),
            not(containsString("checked=\"checked\" ")))));
  }

  @Test
  void shouldTickEveryMemberStateWithoutSavingAndKeepTheObserversTicked() throws Exception {
    mvc.perform(post("/desk/meetings/{id}/attendance", MEETING).with(csrf()).param("present", "UN", "KZ")
            .param("select", "all"))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/desk/meetings/7#attendance-heading"))
        .andExpect(flash().attribute("notice", "Every member state is ticked: check the list, then save it."))
        .andExpect(flash().attribute("attendanceForm",
            new MeetingDeskController.AttendanceForm(List.of("UN", "CN", "KZ", "RU"), null)));
    mvc.perform(post("/desk/meetings/{id}/attendance", MEETING).with(csrf()).param("present", "UN", "KZ")
            .param("select", "none"))
        .andExpect(flash().attribute("attendanceForm", new MeetingDeskController.AttendanceForm(List.of("UN"), null)));

    verify(meetings, never()).recordAttendance(anyLong(), any(), any());
  }

  @Test
  void shouldOfferTheAllAndClearButtonsAndAConfirmationBeforeClosing() throws Exception {
    givenMeeting(MeetingStatus.IN_SESSION, List.of(
        new MeetingSummary.Item(item(1, TOURISM, "CICA/SWG/2022/CP-TOURISM"), List.of(decision(TOURISM, SocOutcome.APPROVED)))));

    mvc.perform(get("/desk/meetings/{id}", MEETING))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("name=\"select\" value=\"all\""),
            containsString("name=\"select\" value=\"none\""), containsString(CLOSE_FORM),
            containsString("name=\"confirm\" value=\"yes\" required"),
            containsString("I confirm that the meeting closes now; this cannot be undone."))));
  }

  @Test
  void shouldRefuseToCloseWithoutTheConfirmation() throws Exception {
    mvc.perform(post("/desk/meetings/{id}/closure", MEETING).with(csrf()))
        .andExpect(status().isFound())
        .andExpect(flash().attribute("problem", new Problem(org.springframework.http.HttpStatus.BAD_REQUEST,
            "Invalid input", "Tick the confirmation to close the meeting: closing cannot be undone.")));
    verify(meetings, never()).close(anyLong(), any());

    mvc.perform(post("/desk/meetings/{id}/closure", MEETING).with(csrf()).param("confirm", "yes"))
        .andExpect(flash().attribute("notice", org.hamcrest.Matchers.notNullValue()));
    verify(meetings).close(eq(MEETING), any());
  }

  @Test
  @WithMockUser(username = "secretariat.officer", roles = "secretariat")
  void shouldLetTheSecretariatOrderTheItemsWhileBuildingTheAgenda() throws Exception {
    givenMeeting(MeetingStatus.CONVENED, List.of(
        new MeetingSummary.Item(item(1, TOURISM, "CICA/SWG/2022/CP-TOURISM"), List.of()),
        new MeetingSummary.Item(item(2, CALENDAR, "CICA/SWG/2022/CAL-2023"), List.of())));
    when(meetings.moveItem(eq(MEETING), eq(CALENDAR), eq(true), any()))
        .thenReturn(List.of(item(1, CALENDAR, "B"), item(2, TOURISM, "A")));

    mvc.perform(get("/desk/meetings/{id}", MEETING))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("action=\"/desk/meetings/7/agenda/12/up\""),
            containsString("action=\"/desk/meetings/7/agenda/11/down\""), containsString("aria-label=\"Move item 2 up\""),
            not(containsString("action=\"/desk/meetings/7/agenda/11/up\"")),
            not(containsString("action=\"/desk/meetings/7/agenda/12/down\"")))));
    mvc.perform(post("/desk/meetings/{id}/agenda/{doc}/up", MEETING, CALENDAR).with(csrf()))
        .andExpect(status().isFound())
        .andExpect(flash().attribute("notice", "The document is now item 1."));
  }

  @Test
  @WithMockUser(username = "secretariat.officer", roles = "secretariat")
  void shouldLetTheSecretariatPublishTheConfirmedAgendaInRussian() throws Exception {
    givenMeeting(MeetingStatus.AGENDA_CONFIRMED, List.of(
        new MeetingSummary.Item(item(1, TOURISM, "CICA/SWG/2022/CP-TOURISM"), List.of())));

    mvc.perform(get("/desk/meetings/{id}", MEETING).locale(RU))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString(">Повестка дня утверждена</span>"),
            containsString("action=\"/desk/meetings/7/agenda/publication\""),
            containsString(">Опубликовать повестку дня</button>"), containsString("Заседание ещё не открыто"),
            not(containsString("action=\"/desk/meetings/7/session\"")))));
    mvc.perform(post("/desk/meetings/{id}/agenda/publication", MEETING).with(csrf()).locale(RU))
        .andExpect(status().isFound())
        .andExpect(flash().attribute("notice", "Повестка дня разослана участникам форума."));
    verify(meetings).publishAgenda(eq(MEETING), argThat(user -> user.has(Role.SECRETARIAT)));
  }

  @Test
  void shouldOfferTheSocChairNeitherToOrderNorToPublishTheAgenda() throws Exception {
    // The service refuses the SOC Chair both (MeetingRolesTest); the page does not offer them.
    givenMeeting(MeetingStatus.CONVENED, List.of(
        new MeetingSummary.Item(item(1, TOURISM, "CICA/SWG/2022/CP-TOURISM"), List.of()),
        new MeetingSummary.Item(item(2, CALENDAR, "CICA/SWG/2022/CAL-2023"), List.of())));

    mvc.perform(get("/desk/meetings/{id}", MEETING))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("CICA/SWG/2022/CAL-2023"),
            not(containsString("action=\"/desk/meetings/7/agenda/12/up\"")),
            not(containsString("action=\"/desk/meetings/7/agenda/11/down\"")), not(containsString(AGENDA_FORM)))));

    givenMeeting(MeetingStatus.AGENDA_CONFIRMED, List.of(
        new MeetingSummary.Item(item(1, TOURISM, "CICA/SWG/2022/CP-TOURISM"), List.of())));
    mvc.perform(get("/desk/meetings/{id}", MEETING))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("action=\"/desk/meetings/7/session\""),
            not(containsString("action=\"/desk/meetings/7/agenda/publication\"")))));
    verify(meetings, never()).candidates();
  }

  @Test
  @WithMockUser(username = "kz.delegate1", roles = "delegation-kz")
  void shouldAnswer403ToADelegateWhoOpensTheSessionPublishesOrMoves() throws Exception {
    when(meetings.openSession(eq(MEETING), any())).thenThrow(new ForbiddenException("Only the SOC Chair does this."));
    when(meetings.publishAgenda(eq(MEETING), any())).thenThrow(new ForbiddenException("Only the Secretariat does this."));
    when(meetings.moveItem(eq(MEETING), anyLong(), any(Boolean.class), any()))
        .thenThrow(new ForbiddenException("Only the Secretariat does this."));

    mvc.perform(post("/desk/meetings/{id}/session", MEETING).with(csrf())).andExpect(status().isForbidden());
    mvc.perform(post("/desk/meetings/{id}/agenda/publication", MEETING).with(csrf())).andExpect(status().isForbidden());
    mvc.perform(post("/desk/meetings/{id}/agenda/{doc}/up", MEETING, CALENDAR).with(csrf())).andExpect(status().isForbidden());
    mvc.perform(post("/desk/meetings/{id}/attendance", MEETING).with(csrf()).param("select", "all"))
        .andExpect(status().isForbidden());
    mvc.perform(post("/desk/meetings/{id}/closure", MEETING).with(csrf()).param("confirm", "yes"))
        .andExpect(status().isForbidden());
  }

  // ---- fixtures ----

  private void givenMeetingInSessionWithTourismApprovedAndTheCalendarPending() {
    givenMeeting(MeetingStatus.IN_SESSION, List.of(
        new MeetingSummary.Item(item(1, TOURISM, "CICA/SWG/2022/CP-TOURISM"),
            List.of(decision(TOURISM, SocOutcome.APPROVED_WITH_RESERVATIONS))),
        new MeetingSummary.Item(item(2, CALENDAR, "CICA/SWG/2022/CAL-2023"), List.of())));
  }

  private void givenMeeting(MeetingStatus status, List<MeetingSummary.Item> agenda) {
    when(meetings.summary(MEETING)).thenReturn(new MeetingSummary(meeting(status), agenda, List.of()));
    when(meetings.attendance(MEETING)).thenReturn(List.of());
  }

  private static Meeting meeting(MeetingStatus status) {
    return new Meeting(MEETING, "Meeting of the Senior Officials Committee, December 2022", STARTS,
        MeetingFormat.VIDEOCONFERENCE, null, status, "process-7", "secretariat.officer", STARTS.minusDays(30),
        null, null, null);
  }

  private static AgendaItem item(int number, long documentId, String symbol) {
    return new AgendaItem(number, MEETING, number, documentId, "CONCEPT_PAPER", "Document " + documentId, symbol, false);
  }

  private static Decision decision(long documentId, SocOutcome outcome) {
    List<Reservation> reservations = outcome == SocOutcome.APPROVED_WITH_RESERVATIONS
        ? List.of(new Reservation("CN", "China reads paragraph 4 as concerning domestic routes.", Reservation.Source.ROUND))
        : List.of();
    return new Decision(1, "SOC/2022/1", documentId, "CONCEPT_PAPER", "Document " + documentId, null, 100, 2, SHA,
        "SOC", outcome, "soc.chair", STARTS, null, MEETING, "Meeting", null, reservations);
  }

  private static DocumentVersion version(long documentId, int number) {
    return new DocumentVersion(documentId * 10 + number, documentId, number, "text.md", "text/markdown", 100, SHA, null,
        null, null, null, "kz.delegate1", STARTS, false);
  }

  private static Document document(long id, String title) {
    return new Document(id, DocumentType.CALENDAR_OF_EVENTS, title, "CICA/SWG/2022/CAL-2023", "SEC",
        DocumentStatus.AWAITING_SOC_MEETING, "process-" + id, null, "secretariat.officer", STARTS, STARTS, null, null, null);
  }

  private static Delegation party(String code, String name, String russianName, DelegationKind kind) {
    return new Delegation(code, name, kind, "delegation-" + code.toLowerCase(), russianName);
  }

  private static Meeting closedMeeting() {
    return new Meeting(MEETING, "Meeting of the Senior Officials Committee, December 2022", STARTS,
        MeetingFormat.VIDEOCONFERENCE, null, MeetingStatus.CLOSED, "process-7", "secretariat.officer",
        STARTS.minusDays(30), "soc.chair", STARTS.plusHours(6), SHA);
  }
}
