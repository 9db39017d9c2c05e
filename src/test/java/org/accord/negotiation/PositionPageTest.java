package org.accord.negotiation;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
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
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.accord.document.Document;
import org.accord.document.DocumentStatus;
import org.accord.document.DocumentType;
import org.accord.document.Documents;
import org.accord.document.Paragraph;
import org.accord.document.SilenceRule;
import org.accord.forum.Delegation;
import org.accord.forum.DelegationKind;
import org.accord.forum.Forum;
import org.accord.system.ConflictException;
import org.accord.system.NotFoundException;
import org.accord.system.Problem;
import org.accord.system.web.PageSlice;
import org.accord.tasklist.MyWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.HttpStatus;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The position section and its page, with the services mocked and Spring Security's default chain (CSRF on). */
@WebMvcTest(PositionPage.class)
@PageSlice
@WithMockUser(username = "kz.delegate1", roles = "delegation-kz")
class PositionPageTest {

  private static final long ENERGY = 7;
  private static final String FORM = "action=\"/documents/7/position\"";
  private static final Delegation KAZAKHSTAN = new Delegation("KZ", "Kazakhstan", DelegationKind.MEMBER_STATE,
      "delegation-kz");
  private static final String PARAGRAPH_1 = "The member states of CICA recognise the importance of energy security "
      + "for the region.";
  private static final String PARAGRAPH_2 = "They will exchange experience in renewable energy.";

  @Autowired MockMvc mvc;
  @MockitoBean Negotiation negotiation;
  @MockitoBean Documents documents;
  @MockitoBean Forum forum;
  @MockitoBean(name = "myWork") MyWork myWork;

  @BeforeEach
  void givenTheEnergyPaperAndItsParagraphs() {
    when(documents.get(ENERGY)).thenReturn(new Document(ENERGY, DocumentType.CONCEPT_PAPER,
        "Concept paper on the CICA priority area \"Energy\"", "CICA/SWG/2022/CP-ENERGY", "KZ",
        DocumentStatus.IN_NEGOTIATION, "process-7", null, "kz.delegate1", at(-10), at(-1), null, null, null));
    when(documents.paragraphs(ENERGY)).thenReturn(List.of(new Paragraph(null, "CICA Concept Paper on Energy"),
        new Paragraph(1, PARAGRAPH_1), new Paragraph(2, PARAGRAPH_2)));
    when(forum.memberStateOf(List.of("delegation-kz"))).thenReturn(Optional.of(KAZAKHSTAN));
  }

  @Test
  void shouldOfferTheKindsWithWhatEachMeansToADelegateWhileTheRoundIsOpen() throws Exception {
    // given round 1 open for three more days, Kazakhstan silent so far
    givenKazakhstanInRoundOne(null);

    // when / then
    mvc.perform(get("/documents/{id}/position", ENERGY))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(
            containsString(FORM), containsString("hx-post=\"/documents/7/position\""), containsString("name=\"_csrf\""),
            containsString("<legend>What does your delegation say?</legend>"),
            containsString("value=\"NO_OBJECTION\""), containsString("value=\"AMENDMENT\""),
            containsString("value=\"OBJECTION\""), containsString("value=\"RESERVATION\""),
            containsString("Blocks consensus until the coordinator revises the text."),
            containsString("statement for the record that is attached to the decision. Does not block consensus."),
            containsString("(required for an amendment, an objection or a reservation)"),
            containsString("<option value=\"\">No particular paragraph</option>"),
            containsString("<option value=\"¶1\">¶1 — The member states of CICA recognise the importance…</option>"),
            containsString("<option value=\"¶2\">¶2 — They will exchange experience in renewable energy.</option>"),
            containsString("1, on version 1"), containsString("in 3 days"),
            containsString("Kazakhstan has not given its position in this round yet."),
            containsString(">Give the position</button>"))));
  }

  @Test
  void shouldShowWhatTheDelegationSaidAndOfferToChangeIt() throws Exception {
    // given an amendment to paragraph 2, which was a reservation before
    Position amendment = position(PositionKind.AMENDMENT, "Add \"and nuclear\" after \"renewable\".", "¶2");
    givenKazakhstanInRoundOne(amendment,
        change(PositionKind.RESERVATION, "Kazakhstan reads paragraph 2 as covering all sources.", "kz.delegate2", -2),
        change(PositionKind.AMENDMENT, amendment.text(), "kz.delegate1", -1));

    // when / then
    mvc.perform(get("/documents/{id}/position", ENERGY))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(
            containsString("What Kazakhstan says in this round"), containsString("badge-blocks"),
            containsString("Add &quot;and nuclear&quot; after &quot;renewable&quot;.</dd>"),
            containsString("Earlier in this round (1)"), containsString("kz.delegate2"),
            containsString("Kazakhstan reads paragraph 2 as covering all sources."),
            containsString("value=\"AMENDMENT\" id=\"position-kind-AMENDMENT\" checked=\"checked\""),
            containsString("<option value=\"¶2\" selected=\"selected\">"),
            containsString(">Add &quot;and nuclear&quot; after &quot;renewable&quot;.</textarea>"),
            containsString(">Change the position</button>"))));
  }

  @Test
  void shouldPickTheParagraphAnAnchorTypedByHandNamesAndKeepOneThatNamesNone() throws Exception {
    // given India's amendment to "paragraph 2", typed through the API
    givenKazakhstanInRoundOne(position(PositionKind.AMENDMENT, "Insert \"in renewable sources\".", "paragraph 2"));

    mvc.perform(get("/documents/{id}/position", ENERGY))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("<option value=\"¶2\" selected=\"selected\">"),
            not(containsString("<option value=\"paragraph 2\"")))));

    // given a statement on the preamble, which no numbered paragraph is
    givenKazakhstanInRoundOne(position(PositionKind.RESERVATION, "Kazakhstan reads the preamble broadly.", "the preamble"));

    mvc.perform(get("/documents/{id}/position", ENERGY))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<option value=\"the preamble\" selected=\"selected\">the preamble</option>")));
  }

  @Test
  void shouldGiveThePositionTheFirstTimeAndComeBackToThePageWithoutScript() throws Exception {
    // given Kazakhstan silent so far
    givenKazakhstanInRoundOne(null);
    when(negotiation.give(eq(ENERGY), any(), any())).thenReturn(position(PositionKind.AMENDMENT, "New text", "¶2"));

    // when
    mvc.perform(post("/documents/{id}/position", ENERGY).with(csrf())
            .param("kind", "AMENDMENT").param("text", "New text").param("anchor", "¶2"))
        // then
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/documents/7/position"))
        .andExpect(flash().attribute("notice", "Your delegation's position is recorded: Amendment."));
    verify(negotiation).give(eq(ENERGY), eq(new GivePosition("KZ", PositionKind.AMENDMENT, "New text", "¶2")),
        argThat(user -> user.id().equals("kz.delegate1")));
    verify(negotiation, never()).change(anyLong(), any(), any());
  }

  @Test
  void shouldChangeThePositionOnceGivenAndAnswerTheSectionToHtmx() throws Exception {
    // given an amendment already given
    givenKazakhstanInRoundOne(position(PositionKind.AMENDMENT, "New text", "¶2"));
    when(negotiation.change(eq(ENERGY), any(), any()))
        .thenReturn(position(PositionKind.RESERVATION, "Kazakhstan reads ¶2 broadly.", null));

    // when
    mvc.perform(post("/documents/{id}/position", ENERGY).with(csrf()).header("HX-Request", "true")
            .param("kind", "RESERVATION").param("text", "Kazakhstan reads ¶2 broadly.").param("anchor", ""))
        // then
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(startsWith("<section id=\"position\""), not(containsString("<html")),
            containsString("role=\"status\""),
            containsString("Your delegation&#39;s position is changed to: Reservation or interpretative statement."),
            // the task done, the navigation's count comes again beside the section
            containsString("<span id=\"work-count\" hx-swap-oob=\"true\">"))));
    verify(negotiation).change(eq(ENERGY),
        eq(new GivePosition("KZ", PositionKind.RESERVATION, "Kazakhstan reads ¶2 broadly.", null)), any());
    verify(negotiation, never()).give(anyLong(), any(), any());
  }

  @Test
  void shouldAnswerTheSectionAloneToHtmxAndAWholePageOtherwise() throws Exception {
    givenKazakhstanInRoundOne(null);

    mvc.perform(get("/documents/{id}/position", ENERGY).header("HX-Request", "true"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(startsWith("<section id=\"position\""), containsString(FORM),
            not(containsString("<html")), not(containsString("Back to the document")))));

    mvc.perform(get("/documents/{id}/position", ENERGY))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("<html"), containsString("<section id=\"position\""),
            containsString("<title>Position on CICA/SWG/2022/CP-ENERGY"),
            containsString("<a href=\"/documents/7\">Back to the document</a>"),
            containsString("<span id=\"work-count\">"), not(containsString("hx-swap-oob")))));
  }

  @Test
  void shouldShowTheRefusalInPlaceWithTheInputKeptThroughHtmx() throws Exception {
    // given the round closing between the page and the click
    givenKazakhstanInRoundOne(null);
    when(negotiation.give(eq(ENERGY), any(), any()))
        .thenThrow(new ConflictException("The round has just closed; the position can no longer change."));

    // when
    mvc.perform(post("/documents/{id}/position", ENERGY).with(csrf()).header("HX-Request", "true")
            .param("kind", "OBJECTION").param("text", "The text ignores transit states.").param("anchor", "¶1"))
        // then
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(startsWith("<section id=\"position\""), containsString("role=\"alert\""),
            containsString("Not possible now."), containsString("The round has just closed; the position can no longer change."),
            containsString("value=\"OBJECTION\" id=\"position-kind-OBJECTION\" checked=\"checked\""),
            containsString("<option value=\"¶1\" selected=\"selected\">"),
            containsString(">The text ignores transit states.</textarea>"), not(containsString("work-count")))));
  }

  @Test
  void shouldRefuseAnAmendmentWithoutTextInTheReadersLanguageAndKeepTheInput() throws Exception {
    givenKazakhstanInRoundOne(null);

    // when an amendment comes without its text, in a Russian browser, without script
    MvcResult refused = mvc.perform(post("/documents/{id}/position", ENERGY).with(csrf()).locale(Locale.forLanguageTag("ru"))
            .param("kind", "AMENDMENT").param("text", "  ").param("anchor", "¶2"))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/documents/7/position"))
        .andExpect(flash().attribute("problem", new Problem(HttpStatus.BAD_REQUEST, "Неверные данные",
            "Для поправки нужен текст: укажите предлагаемую формулировку.")))
        .andExpect(flash().attribute("positionForm", new PositionPage.PositionForm("AMENDMENT", "  ", "¶2")))
        .andReturn();
    verify(negotiation, never()).give(anyLong(), any(), any());

    // then the page it comes back to shows the refusal beside the form as typed
    mvc.perform(get("/documents/{id}/position", ENERGY).locale(Locale.forLanguageTag("ru")).flashAttrs(refused.getFlashMap()))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("role=\"alert\""), containsString("Проверьте форму."),
            containsString("Для поправки нужен текст"),
            containsString("value=\"AMENDMENT\" id=\"position-kind-AMENDMENT\" checked=\"checked\""),
            containsString("<option value=\"¶2\" selected=\"selected\">"))));
  }

  @Test
  void shouldShowTheFinalPositionReadOnlyOnceTheRoundHasClosed() throws Exception {
    // given round 1 closed with India's amendment; Kazakhstan had no objection
    Round closed = new Round(1, ENERGY, 1, 70, 1, null, at(-20), at(-6), at(-9), at(-9), false,
        SilenceRule.NO_OBJECTION, at(-6), RoundOutcome.REVISION_REQUIRED);
    Position noObjection = position(PositionKind.NO_OBJECTION, null, null);
    when(negotiation.latestRoundOf(ENERGY, "KZ")).thenReturn(Optional.of(new Negotiation.DelegationInRound(closed,
        noObjection, List.of(change(PositionKind.NO_OBJECTION, null, "kz.delegate1", -7)))));

    mvc.perform(get("/documents/{id}/position", ENERGY))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("The final position of Kazakhstan in this round"),
            containsString("No objection"), containsString("Revision required"),
            containsString("the coordinator revises the text, and the next round opens on the new version."),
            not(containsString(FORM)))));
    verify(documents, never()).paragraphs(anyLong());
  }

  @Test
  void shouldTellADelegateWhenNoRoundHasBeenOpenedAndWhatComesNext() throws Exception {
    when(negotiation.latestRoundOf(ENERGY, "KZ")).thenReturn(Optional.empty());

    mvc.perform(get("/documents/{id}/position", ENERGY))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("No negotiation round has been opened on this document yet."),
            containsString("the task to give the position of Kazakhstan appears in My work."),
            not(containsString(FORM)))));
  }

  @Test
  @WithMockUser(username = "un.observer", roles = {"delegation-un", "observers"})
  void shouldTellAnObserverWhoGivesPositionsAndOfferNoForm() throws Exception {
    when(forum.memberStateOf(List.of("delegation-un", "observers"))).thenReturn(Optional.empty());

    mvc.perform(get("/documents/{id}/position", ENERGY))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(
            containsString("Positions in SWG rounds are given by the delegations of the member states"),
            not(containsString(FORM)), not(containsString("name=\"kind\"")))));
    verifyNoInteractions(negotiation);
  }

  @Test
  @WithMockUser(username = "swg.chair", roles = {"chairs", "swg-chair"})
  void shouldRefuseAPositionFromTheSwgChairInPlace() throws Exception {
    when(forum.memberStateOf(List.of("chairs", "swg-chair"))).thenReturn(Optional.empty());

    mvc.perform(post("/documents/{id}/position", ENERGY).with(csrf()).header("HX-Request", "true")
            .param("kind", "NO_OBJECTION"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("role=\"alert\""), containsString("Not allowed."),
            not(containsString(FORM)))));
    verifyNoInteractions(negotiation);
  }

  @Test
  void shouldRefuseAFormPostedWithoutItsCsrfToken() throws Exception {
    mvc.perform(post("/documents/{id}/position", ENERGY).param("kind", "NO_OBJECTION"))
        .andExpect(status().isForbidden());
    mvc.perform(post("/documents/{id}/position", ENERGY).header("HX-Request", "true").param("kind", "NO_OBJECTION"))
        .andExpect(status().isForbidden());

    verifyNoInteractions(negotiation);
  }

  @Test
  void shouldEscapeWhatADelegateTyped() throws Exception {
    givenKazakhstanInRoundOne(position(PositionKind.OBJECTION, "<script>alert('x')</script>", "<b>¶9</b>"));

    mvc.perform(get("/documents/{id}/position", ENERGY))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(not(containsString("<script>alert")), not(containsString("<b>¶9")),
            containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), containsString("&lt;b&gt;¶9&lt;/b&gt;"))));
  }

  @Test
  void shouldShowAPageThatSaysSoWhenTheDocumentDoesNotExist() throws Exception {
    when(documents.get(42)).thenThrow(new NotFoundException("There is no document 42."));

    mvc.perform(get("/documents/{id}/position", 42))
        .andExpect(status().isNotFound())
        .andExpect(content().string(containsString("There is no document 42.")));
  }

  // ---- fixtures ----

  private void givenKazakhstanInRoundOne(Position position, PositionChange... statements) {
    Round open = new Round(1, ENERGY, 1, 70, 1, null, at(-10), at(3).plusHours(1), at(0), null, false,
        SilenceRule.NO_OBJECTION, null, null);
    when(negotiation.latestRoundOf(ENERGY, "KZ"))
        .thenReturn(Optional.of(new Negotiation.DelegationInRound(open, position, List.of(statements))));
  }

  private static Position position(PositionKind kind, String text, String anchor) {
    return new Position(5, 1, "KZ", kind, text, anchor, false, "kz.delegate1", at(-1), null);
  }

  private static PositionChange change(PositionKind kind, String text, String by, int days) {
    return new PositionChange(days + 100, "KZ", kind, text, null, false, by, at(days));
  }

  private static OffsetDateTime at(int daysFromNow) {
    return OffsetDateTime.now().truncatedTo(ChronoUnit.MINUTES).plusDays(daysFromNow);
  }
}
