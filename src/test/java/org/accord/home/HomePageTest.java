package org.accord.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.accord.Readers;
import org.accord.document.Document;
import org.accord.document.DocumentStatus;
import org.accord.document.DocumentType;
import org.accord.document.Documents;
import org.accord.forum.Forum;
import org.accord.negotiation.Negotiation;
import org.accord.negotiation.Position;
import org.accord.negotiation.PositionKind;
import org.accord.system.PageOf;
import org.accord.system.web.PageSlice;
import org.accord.tasklist.MyWork;
import org.accord.tasklist.TaskList;
import org.accord.tasklist.WorkItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** My work: the reader's open tasks by document, their deadlines and where each is done, and the positions to come back to. */
@WebMvcTest(HomeController.class)
@PageSlice
class HomePageTest {

  private static final String ENERGY = "CICA/SWG/2026/CP-ENERGY";
  private static final String SCRIPT = "<script>alert('owned')</script> Plan";
  private static final OffsetDateTime NOW = OffsetDateTime.now(ZoneOffset.UTC);

  @Autowired MockMvc mvc;
  @MockitoBean TaskList taskList;
  @MockitoBean Negotiation negotiation;
  @MockitoBean Documents documents;
  @MockitoBean Forum forum;
  @MockitoBean(name = "myWork") MyWork myWork;

  @BeforeEach
  void givenTheForum() {
    when(forum.all()).thenReturn(Readers.someParties());
    when(negotiation.openPositionsOf(anyList())).thenReturn(List.of());
    when(documents.all(anyList())).thenReturn(Map.of());
  }

  @Test
  void shouldGroupADelegatesTasksByDocumentWithTheirDeadlinesAndTheirPages() throws Exception {
    // given Russia's delegate: a position due in 3 days on the energy paper, one 2 days overdue on a plan
    givenTasks(
        task(7L, ENERGY, "Energy", "Task_GivePosition", 2, NOW.plus(Duration.ofDays(3).plusHours(2)), "/documents/7#position"),
        task(9L, "CICA/SWG/2026/AP-1", SCRIPT, "Task_GivePosition", 1, NOW.minus(Duration.ofDays(2).plusHours(2)),
            "/documents/9#position"));

    // when they open My work
    String page = read(get("/").with(user("ru.delegate1").roles("delegation-ru")));

    // then each document has its section, its round, the deadline in words and the way to the form
    assertThat(page).contains("<h1>My work</h1>", "CICA/SWG/2026/CP-ENERGY &quot;Energy&quot;",
        "in 3 days", "2 days overdue", "href=\"/documents/7#position\"", "href=\"/documents/9#position\"", "Russia")
        .doesNotContain("<script>alert").contains("&lt;script&gt;alert(&#39;owned&#39;)&lt;/script&gt; Plan");
    assertThat(page.indexOf(ENERGY)).isLessThan(page.indexOf("CICA/SWG/2026/AP-1"));
    assertThat(section(page, ENERGY)).contains("<td data-label=\"Round\">2</td>").doesNotContain("AP-1");
  }

  @Test
  void shouldLeadTheSocChairsMeetingTaskToTheDesk() throws Exception {
    givenTasks(new WorkItem("t-3", "Task_BuildAgenda", "Build the agenda", null, null, null, null, "secretariat", null,
        null, null, NOW, null, "/desk/meetings/3"));

    String page = read(get("/").with(user("secretariat.officer").roles("secretariat")));

    assertThat(page).contains("SOC meetings", "href=\"/desk/meetings\"");
  }

  @Test
  void shouldNameTheChairATaskWaitsForInTheReadersLanguage() throws Exception {
    givenTasks(new WorkItem("t-4", "Task_DecideItem", "Decide the item", 7L, "Energy", "CONCEPT_PAPER", ENERGY,
        "soc-chair", null, null, null, NOW, null, "/desk/meetings/3"));

    String page = read(get("/").with(user("soc.chair").roles("chairs", "soc-chair")).locale(Locale.forLanguageTag("ru")));

    assertThat(page).contains("<td data-label=\"Для\">Председатель Комитета старших должностных лиц</td>").doesNotContain(">soc-chair<");
  }

  @Test
  void shouldSayWhenNothingWaitsAndOfferThePositionsStillOpenToChange() throws Exception {
    // given no task, and Russia's amendment in the energy paper's open round
    givenTasks();
    Document energy = new Document(7, DocumentType.CONCEPT_PAPER, "Energy", ENERGY, "KZ", DocumentStatus.IN_NEGOTIATION,
        "process-7", null, "kz.delegate1", NOW, NOW, null, null, null);
    when(negotiation.openPositionsOf(List.of("RU"))).thenReturn(List.of(new Negotiation.OpenPosition(7, 2,
        NOW.plusDays(5).plusHours(1), new Position(1, 1, "RU", PositionKind.AMENDMENT, "Add \"hydrogen\".", "¶2", false,
            "ru.delegate1", NOW, null))));
    when(documents.all(List.of(7L))).thenReturn(Map.of(7L, energy));

    // when Russia's delegate opens My work, in Russian
    String page = read(get("/").with(user("ru.delegate1").roles("delegation-ru")).locale(Locale.forLanguageTag("ru")));

    // then nothing waits, and the amendment can be seen and changed until the round closes
    assertThat(page).contains("<h1>Мои задачи</h1>", "Сейчас ни вас, ни вашу делегацию ничего не ждёт.",
        "Позиции моей делегации в открытых раундах", "Россия", "Поправка", "через 5 дней", "href=\"/documents/7#position\"",
        "Посмотреть или изменить");
  }

  @Test
  void shouldShowAnObserverThatNothingWaitsAndNoPositions() throws Exception {
    givenTasks();

    String page = read(get("/").with(user("un.observer").roles("delegation-un", "observers")));

    assertThat(page).contains("Nothing waits for you or your delegation now.")
        .doesNotContain("My delegation's positions in open rounds");
  }

  private void givenTasks(WorkItem... tasks) {
    when(taskList.of(any(), isNull(), isNull(), isNull(), isNull(), anyInt(), anyInt()))
        .thenReturn(new PageOf<>(List.of(tasks), 0, HomeController.SHOWN, tasks.length));
  }

  private static WorkItem task(Long documentId, String symbol, String title, String key, int round, OffsetDateTime due,
      String page) {
    return new WorkItem("t-" + documentId, key, "Give position", documentId, title, "CONCEPT_PAPER", symbol,
        "delegation-ru", null, "RU", round, NOW, due, page);
  }

  /** The section of one document's tasks. */
  private static String section(String page, String symbol) {
    int start = page.lastIndexOf("<section", page.indexOf(symbol));
    return page.substring(start, page.indexOf("</section>", start));
  }

  private String read(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
  }
}
