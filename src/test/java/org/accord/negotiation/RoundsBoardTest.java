package org.accord.negotiation;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.accord.document.Document;
import org.accord.document.DocumentStatus;
import org.accord.document.DocumentType;
import org.accord.document.Documents;
import org.accord.document.SilenceRule;
import org.accord.system.web.PageSlice;
import org.accord.tasklist.MyWork;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The SWG Chair's rounds board, with the services mocked: who reads it, what each line says. */
@WebMvcTest(RoundsBoard.class)
@PageSlice
@WithMockUser(username = "swg.chair", roles = {"chairs", "swg-chair"})
class RoundsBoardTest {

  private static final long ENERGY = 7;
  private static final long TOURISM = 9;

  @Autowired MockMvc mvc;
  @MockitoBean Negotiation negotiation;
  @MockitoBean Documents documents;
  @MockitoBean(name = "myWork") MyWork myWork;

  @BeforeEach
  void givenTwoOpenRounds() {
    // Energy's deadline comes first, reminded already; Tourism's round 2 is still silent, not reminded yet
    Round energy = new Round(11, ENERGY, 1, 70, 1, null, at(-10), at(3).plusHours(1), at(1), at(-1), false,
        SilenceRule.NO_OBJECTION, null, null);
    Round tourism = new Round(12, TOURISM, 2, 90, 2, null, at(-1), at(12), at(10), null, true,
        SilenceRule.NO_OBJECTION, null, null);
    when(negotiation.openRounds()).thenReturn(List.of(new Negotiation.OpenRound(energy, 5, 23, 2),
        new Negotiation.OpenRound(tourism, 0, 28, 0)));
    when(documents.all(any())).thenReturn(Map.of(ENERGY, document(ENERGY, "CICA/SWG/2022/CP-ENERGY", "Energy"),
        TOURISM, document(TOURISM, "CICA/SWG/2022/CP-TOURISM", "Tourism")));
  }

  @Test
  void shouldListEveryOpenRoundSoonestDeadlineFirstWithItsCountsAndOneLinkToItsTracker() throws Exception {
    mvc.perform(get("/rounds"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(
            containsString("<h1>Rounds in progress</h1>"),
            containsString("The open rounds, the soonest deadline first</caption>"),
            containsString("href=\"/documents/7#rounds\""), containsString("href=\"/documents/9#rounds\""),
            containsString("aria-label=\"The tracker of CICA/SWG/2022/CP-ENERGY"),
            containsString("data-label=\"Answered\">5</td>"), containsString("data-label=\"Silent\">23</td>"),
            containsString("class=\"badge badge-blocks\">2</strong>"),
            containsString("in 3 days"), containsString("extended"),
            containsString("Sent"), containsString("Not sent"), containsString("due "),
            containsString("href=\"/rounds\""),
            inOrder("CICA/SWG/2022/CP-ENERGY", "CICA/SWG/2022/CP-TOURISM"))));
  }

  @Test
  void shouldSpeakRussianToARussianReader() throws Exception {
    mvc.perform(get("/rounds").locale(Locale.forLanguageTag("ru")))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("<h1>Текущие раунды</h1>"),
            containsString("data-label=\"Молчат\">23</td>"), containsString("Отправлено"),
            containsString("Не отправлено"))));
  }

  @Test
  void shouldSaySoWhenNoRoundIsOpen() throws Exception {
    when(negotiation.openRounds()).thenReturn(List.of());
    when(documents.all(List.of())).thenReturn(Map.of());

    mvc.perform(get("/rounds"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("No negotiation round is open now."),
            not(containsString("<table")))));
  }

  @Test
  @WithMockUser(username = "secretariat.officer", roles = "secretariat")
  void shouldLetTheSecretariatReadTheBoard() throws Exception {
    mvc.perform(get("/rounds")).andExpect(status().isOk());
  }

  @Test
  @WithMockUser(username = "admin", roles = "camunda-admin")
  void shouldLetAnAdministratorReadTheWholeBoardAndLinkIt() throws Exception {
    mvc.perform(get("/rounds"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("<h1>Rounds in progress</h1>"),
            containsString("href=\"/documents/7#rounds\""), containsString("href=\"/documents/9#rounds\""),
            containsString("data-label=\"Silent\">23</td>"), containsString("href=\"/rounds\""))));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"soc.chair, chairs soc-chair", "un.observer, delegation-un observers", "kz.delegate1, delegation-kz"})
  void shouldRefuseWhoeverIsNotTheSwgChairTheSecretariatOrAnAdministratorAndNotLinkTheBoardForThem(String name,
      String roles) throws Exception {
    mvc.perform(get("/rounds").with(user(name).roles(roles.split(" "))))
        .andExpect(status().isForbidden())
        .andExpect(content().string(allOf(
            containsString("Only the SWG Chair, the Secretariat and the administrators read the rounds board."),
            not(containsString("href=\"/rounds\"")), not(containsString("CICA/SWG/2022/CP-ENERGY")))));
    verifyNoInteractions(negotiation);
  }

  private static Document document(long id, String symbol, String area) {
    return new Document(id, DocumentType.CONCEPT_PAPER, "Concept paper on the CICA priority area \"" + area + "\"",
        symbol, "KZ", DocumentStatus.IN_NEGOTIATION, "process-" + id, null, "kz.delegate1", at(-20), at(-1), null,
        null, null);
  }

  private static OffsetDateTime at(int daysFromNow) {
    return OffsetDateTime.now().truncatedTo(ChronoUnit.MINUTES).plusDays(daysFromNow);
  }

  /** The first text appears before the second. */
  private static Matcher<String> inOrder(String first, String second) {
    return new TypeSafeMatcher<>() {
      @Override
      protected boolean matchesSafely(String page) {
        int at = page.indexOf(first);
        return at >= 0 && page.indexOf(second) > at;
      }

      @Override
      public void describeTo(Description description) {
        description.appendText("\"" + first + "\" before \"" + second + "\"");
      }
    };
  }
}
