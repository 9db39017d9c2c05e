package org.accord.dossier;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.accord.decision.DecisionRegister;
import org.accord.document.Document;
import org.accord.document.DocumentStatus;
import org.accord.document.DocumentType;
import org.accord.document.Documents;
import org.accord.forum.Delegation;
import org.accord.forum.DelegationKind;
import org.accord.forum.Forum;
import org.accord.meeting.Meetings;
import org.accord.negotiation.Negotiation;
import org.accord.silence.SilenceProcedures;
import org.accord.system.web.PageSlice;
import org.accord.tasklist.MyWork;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The document page makes room for the SOC Chair's sections only for the Chair, and only while a step waits. */
@WebMvcTest(DocumentPageController.class)
@Import(DocumentPages.class)
@PageSlice
@WithMockUser(username = "soc.chair", roles = {"chairs", "soc-chair"})
class SocChairSlotsTest {

  private static final long EDUCATION = 9;
  private static final String ROUTE_SLOT = "hx-get=\"/documents/9/route\"";
  private static final String SILENCE_SLOT = "hx-get=\"/documents/9/silence-chair\"";

  @Autowired MockMvc mvc;
  @MockitoBean Documents documents;
  @MockitoBean Negotiation negotiation;
  @MockitoBean DecisionRegister decisions;
  @MockitoBean SilenceProcedures silence;
  @MockitoBean Meetings meetings;
  @MockitoBean Forum forum;
  @MockitoBean(name = "myWork") MyWork myWork;

  @Test
  void shouldMakeRoomForTheRouteWhileTheDocumentWaitsForIt() throws Exception {
    givenTheEducationPaper(DocumentStatus.RECOMMENDED);
    when(decisions.waitsForRoute(EDUCATION)).thenReturn(true);

    mvc.perform(get("/documents/{id}", EDUCATION))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("<section id=\"route\""), containsString(ROUTE_SLOT),
            containsString("<a href=\"/documents/9/route\">Choose an SOC meeting or the silence procedure</a>"),
            not(containsString(SILENCE_SLOT)))));
  }

  @Test
  void shouldMakeRoomForTheSilenceStepsInRussianWhileOneWaits() throws Exception {
    givenTheEducationPaper(DocumentStatus.UNDER_SILENCE);
    when(silence.waitsForChoice(EDUCATION)).thenReturn(true);

    mvc.perform(get("/documents/{id}", EDUCATION).locale(Locale.forLanguageTag("ru")))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("<section id=\"silence-chair\""), containsString(SILENCE_SLOT),
            containsString("Процедура умолчания: шаг Председателя КСДЛ"), not(containsString(ROUTE_SLOT)))));
  }

  @Test
  void shouldMakeNoRoomWhenNothingWaitsForTheChair() throws Exception {
    givenTheEducationPaper(DocumentStatus.UNDER_SILENCE);

    mvc.perform(get("/documents/{id}", EDUCATION))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(not(containsString(ROUTE_SLOT)), not(containsString(SILENCE_SLOT)))));
  }

  @Test
  @WithMockUser(username = "swg.chair", roles = {"chairs", "swg-chair"})
  void shouldMakeNoRoomForAnyoneElse() throws Exception {
    givenTheEducationPaper(DocumentStatus.RECOMMENDED);
    when(decisions.waitsForRoute(EDUCATION)).thenReturn(true);
    when(silence.waitsForCirculation(EDUCATION)).thenReturn(true);

    mvc.perform(get("/documents/{id}", EDUCATION))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(not(containsString(ROUTE_SLOT)), not(containsString(SILENCE_SLOT)))));
  }

  private void givenTheEducationPaper(DocumentStatus status) {
    OffsetDateTime now = OffsetDateTime.now();
    Document paper = new Document(EDUCATION, DocumentType.CONCEPT_PAPER, "Education", "CICA/SWG/2022/CP-EDUCATION",
        "KZ", status, "process-9", null, "kz.delegate1", now.minusDays(30), now, null, null, null);
    when(documents.get(EDUCATION)).thenReturn(paper);
    when(documents.withCompanions(EDUCATION)).thenReturn(List.of(paper));
    when(forum.all()).thenReturn(List.of(new Delegation("KZ", "Kazakhstan", DelegationKind.MEMBER_STATE, "delegation-kz")));
  }
}
