package org.accord.statistics;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.accord.decision.SocOutcome;
import org.accord.document.DocumentStatus;
import org.accord.document.DocumentType;
import org.accord.forum.Delegation;
import org.accord.forum.DelegationKind;
import org.accord.forum.Forum;
import org.accord.notification.OutboxCounts;
import org.accord.silence.SilenceStatus;
import org.accord.system.web.PageSlice;
import org.accord.tasklist.MyWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The dashboard page with the figures mocked: who reads it, what each chart's table and the health say. */
@WebMvcTest(DashboardController.class)
@PageSlice
@Import({Dashboard.class, DashboardCharts.class})
@WithMockUser(username = "admin", roles = "camunda-admin")
class DashboardPageTest {

  private static final OffsetDateTime NOW = OffsetDateTime.now().truncatedTo(ChronoUnit.MINUTES);

  @Autowired MockMvc mvc;
  @MockitoBean Statistics statistics;
  @MockitoBean EngineHealth health;
  @MockitoBean Forum forum;
  @MockitoBean(name = "myWork") MyWork myWork;

  @BeforeEach
  void givenTheFiguresOfAForumAtWork() {
    when(forum.all()).thenReturn(List.of(
        new Delegation("KZ", "Kazakhstan", DelegationKind.MEMBER_STATE, "delegation-kz", "Казахстан"),
        new Delegation("RU", "Russia", DelegationKind.MEMBER_STATE, "delegation-ru", "Россия")));
    Map<DocumentStatus, Map<DocumentType, Long>> byStage = new EnumMap<>(DocumentStatus.class);
    for (DocumentStatus stage : DocumentStatus.values()) {
      byStage.put(stage, types(0, 0));
    }
    byStage.put(DocumentStatus.IN_NEGOTIATION, types(2, 1));
    byStage.put(DocumentStatus.ADOPTED, types(3, 0));
    when(statistics.documentsByStage(any())).thenReturn(new DocumentsByStage(null, 6, byStage.entrySet().stream()
        .map(stage -> new DocumentsByStage.Stage(stage.getKey(),
            stage.getValue().values().stream().mapToLong(Long::longValue).sum(), stage.getValue()))
        .toList()));
    when(statistics.cycleTimes(any())).thenReturn(new CycleTimes(null, List.of(
        new CycleTimes.Cycle(DocumentType.CONCEPT_PAPER, 3, 720.0, 916.0),
        new CycleTimes.Cycle(DocumentType.BUDGET, 0, null, null))));
    when(statistics.stageTimes(any())).thenReturn(new StageTimes(null, List.of(
        new StageTimes.Stay(DocumentType.CONCEPT_PAPER, DocumentStatus.IN_NEGOTIATION, 3, 336.0, 604.8))));
    when(statistics.roundsPerDocument(any())).thenReturn(new RoundsPerDocument(null, 3, List.of(
        new RoundsPerDocument.Rounds(1, 2, types(2, 0)), new RoundsPerDocument.Rounds(2, 1, types(1, 0)))));
    when(statistics.openRounds(DashboardPage.ROUNDS_LISTED)).thenReturn(new OpenRounds(NOW, 1, 1, List.of(new OpenRounds.Round(7,
        "CICA/SWG/2031/CP-1", "Tourism", DocumentType.CONCEPT_PAPER, 2, NOW.minusDays(16), NOW.minusDays(2), true, 26,
        List.of("KZ", "RU"))), List.of(new OpenRounds.Waiting("KZ", 1, 1), new OpenRounds.Waiting("RU", 1, 1))));
    when(statistics.responseTimes(any())).thenReturn(new ResponseTimes(null, List.of(
        new ResponseTimes.Response(1, "RU", 4, 1.0), new ResponseTimes.Response(2, "KZ", 4, 30.0))));
    Map<SocOutcome, Long> outcomes = new EnumMap<>(SocOutcome.class);
    for (SocOutcome outcome : SocOutcome.values()) {
      outcomes.put(outcome, outcome == SocOutcome.APPROVED ? 3L : 0L);
    }
    when(statistics.decisions(any())).thenReturn(new DecisionsByOutcome(null, 3, outcomes,
        List.of(new DecisionsByOutcome.Period("2031", 3, outcomes))));
    Map<SilenceStatus, Long> silence = new EnumMap<>(SilenceStatus.class);
    for (SilenceStatus status : SilenceStatus.values()) {
      silence.put(status, status == SilenceStatus.ADOPTED || status == SilenceStatus.BROKEN ? 1L : 0L);
    }
    when(statistics.silenceOutcomes(any())).thenReturn(new SilenceOutcomes(null, 2, silence));
    when(statistics.throughput(any())).thenReturn(new Throughput(null, List.of(new Throughput.Month("2031-03", 5, 1))));
    when(health.report()).thenReturn(new HealthReport(NOW,
        List.of(new HealthReport.Failure("incident-1", "failedJob", "negotiation-round", "pi-7", "Timer_Deadline",
            NOW.minusHours(2), null, "boom", new HealthReport.FailedDocument(7, "CICA/SWG/2031/CP-1", "Tourism"),
            EngineHealth.COCKPIT.formatted("pi-7"))),
        List.of(), new HealthReport.Jobs(4, 0, 1), new OutboxCounts(2, 1, 40, true)));
  }

  @Test
  void shouldShowAnAdministratorEveryChartWithItsTableAndTheHealth() throws Exception {
    mvc.perform(get("/admin/dashboard"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(
            containsString("<h1>Dashboard</h1>"),
            containsString("href=\"/admin/dashboard\""),
            containsString("Documents: 6; under way: 3; adopted: 3."),
            containsString("data-chart=\"horizontal-bar\""),
            containsString("<caption>Documents by stage and type</caption>"),
            containsString("data-series=\"true\">Concept paper</th>"),
            containsString("data-label=\"Concept paper\" data-value=\"2\">2</td>"),
            containsString("data-value=\"30\">30 days</td>"),
            containsString("data-value=\"38.17\">38 days 4 hours</td>"),
            containsString("<span>Concept paper: In negotiation</span>"),
            containsString("<span>2 rounds</span>"),
            containsString("Open rounds: 1; past their deadline: 1."),
            containsString("href=\"/documents/7#rounds\""),
            containsString("<span>Kazakhstan</span>"),
            containsString("data-value=\"1.25\">1 day 6 hours</td>"),
            containsString("Adopted by silence: 1; silence broken: 1."),
            containsString("March 2031"),
            containsString("hx-trigger=\"every 30s\""),
            containsString("/webjars/chart.js/"), containsString("/dist/chart.umd.js\""),
            containsString("Health of the engine and of the mail"),
            containsString("href=\"/documents/7\">CICA/SWG/2031/CP-1 &quot;Tourism&quot;</a>"),
            containsString("Negotiation round"),
            containsString("href=\"/camunda/app/cockpit/default/#/process-instance/pi-7/runtime\""),
            containsString("No job is failing."),
            containsString("<dd id=\"health-incidents\">1</dd>"),
            containsString("<a href=\"/admin/outbox?status=failed\">Mails that could not be sent</a>"),
            containsString("<dd id=\"health-mails-failed\">1</dd>"),
            containsString("href=\"/admin/outbox?status=pending\""), containsString("href=\"/admin/outbox?status=sent\""),
            not(containsString("health-mail-off")), not(containsString("boom")))));
  }

  @Test
  void shouldSayWhyMailsWaitWhereThisServerSendsNone() throws Exception {
    when(health.report()).thenReturn(new HealthReport(NOW, List.of(), List.of(), new HealthReport.Jobs(0, 0, 0),
        new OutboxCounts(734, 0, 0, false)));
    mvc.perform(get("/admin/dashboard"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("<dd id=\"health-mails-pending\">734</dd>"),
            containsString("This server does not send mail (accord.mail.enabled is off): every mail waits in the"
                + " outbox, to be read there."))));
  }

  @Test
  void shouldSpeakRussianToARussianReader() throws Exception {
    mvc.perform(get("/admin/dashboard").locale(Locale.forLanguageTag("ru")))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("<h1>Панель мониторинга</h1>"),
            containsString(">30 дней</td>"), containsString("38 дней 4 часа"), containsString("<span>Казахстан</span>"),
            containsString("<span>2 раунда</span>"), containsString("март 2031"), containsString("Открыть в Cockpit"))));
  }

  @Test
  @WithMockUser(username = "secretariat.officer", roles = "secretariat")
  void shouldShowTheSecretariatTheBusinessFiguresWithoutTheEnginesHealth() throws Exception {
    mvc.perform(get("/admin/dashboard"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("<h1>Dashboard</h1>"), containsString("href=\"/admin/dashboard\""),
            not(containsString("Health of the engine")), not(containsString("cockpit")))));
    verifyNoInteractions(health);
  }

  @Test
  void shouldKeepAYearThatIsNoYearAndSayItIsNotApplied() throws Exception {
    mvc.perform(get("/admin/dashboard").param("year", "20x2"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(
            containsString("The year &quot;20x2&quot; is not a year such as 2022: the filter on the year is not applied."),
            containsString("value=\"20x2\""), containsString("The figures of every year."))));
    verify(statistics).documentsByStage(null);
  }

  @Test
  void shouldShowTheFiguresOfTheYearAskedForAndAskThemAgainForThatYear() throws Exception {
    mvc.perform(get("/admin/dashboard").param("year", "2031"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("The figures of 2031."),
            containsString("hx-get=\"/admin/dashboard?year=2031\""), containsString("value=\"2031\""))));
    verify(statistics).cycleTimes(2031);
  }

  @Test
  void shouldAnswerHtmxWithTheFiguresAlone() throws Exception {
    mvc.perform(get("/admin/dashboard").header("HX-Request", "true"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("id=\"figures\""), not(containsString("<html")),
            not(containsString("<h1>")))));
  }

  @Test
  @WithMockUser(username = "swg.chair", roles = {"chairs", "swg-chair"})
  void shouldRefuseTheSwgChair() throws Exception {
    refused();
  }

  @Test
  @WithMockUser(username = "soc.chair", roles = {"chairs", "soc-chair"})
  void shouldRefuseTheSocChair() throws Exception {
    refused();
  }

  @Test
  @WithMockUser(username = "kz.delegate1", roles = "delegation-kz")
  void shouldRefuseADelegateAndNotLinkTheDashboardForThem() throws Exception {
    refused();
  }

  private void refused() throws Exception {
    mvc.perform(get("/admin/dashboard"))
        .andExpect(status().isForbidden())
        .andExpect(content().string(allOf(
            containsString("Only the administrators and the Secretariat read the dashboard and its figures."),
            not(containsString("href=\"/admin/dashboard\"")))));
    verifyNoInteractions(statistics, health);
  }

  private static Map<DocumentType, Long> types(long conceptPapers, long budgets) {
    Map<DocumentType, Long> types = new EnumMap<>(DocumentType.class);
    for (DocumentType type : DocumentType.values()) {
      types.put(type, type == DocumentType.CONCEPT_PAPER ? conceptPapers : type == DocumentType.BUDGET ? budgets : 0L);
    }
    return types;
  }
}
