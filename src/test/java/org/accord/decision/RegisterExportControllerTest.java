package org.accord.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.accord.decision.RegisterExportCsvTest.Decisions;
import org.accord.system.AccordClock;
import org.accord.system.Labels;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The export endpoints beside DecisionController's, behind Accord's own API security. */
@WebMvcTest(controllers = {RegisterExportController.class, DecisionController.class},
    includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
        pattern = "org\\.accord\\.security\\.(SecurityConfiguration|ProblemResponses)"))
@Import({RegisterExportCsv.class, RegisterExportPdf.class, RegisterExportRows.class, AccordClock.class, Labels.class})
class RegisterExportControllerTest {

  @Autowired
  private MockMvc mvc;
  @MockitoBean
  private DecisionRegister register;

  @Test
  @WithMockUser(username = "un.observer")
  void shouldExportTheRegisterOfAYearAsCsvNotAsADecisionId() throws Exception {
    // given the register of 2022
    when(register.page(eq(RegisterFilter.year(2022)), eq(0), anyInt()))
        .thenReturn(List.of(Decisions.atMeeting(7, "Concept paper on Tourism", List.of())));

    // when an observer downloads it as CSV
    ResultActions download = downloaded(get("/api/decisions.csv").param("year", "2022"));

    // then it is a CSV attachment named for the year, read from the register, not taken for /{decisionId}
    MvcResult result = download
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
        .andExpect(header().string("Content-Disposition", "attachment; filename=\"decision-register-2022.csv\""))
        .andReturn();
    assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
        .startsWith("\uFEFFNumber,").contains("SOC/2022/7,");
    verify(register).page(RegisterFilter.year(2022), 0, RegisterExportRows.CHUNK);
    verify(register, never()).get(anyLong());
  }

  @Test
  @WithMockUser(username = "kz.delegate1")
  void shouldExportTheWholeRegisterAsPdf() throws Exception {
    when(register.page(eq(RegisterFilter.ALL), eq(0), anyInt()))
        .thenReturn(List.of(Decisions.atMeeting(7, "Concept paper on Tourism", List.of())));

    MvcResult result = downloaded(get("/api/decisions.pdf"))
        .andExpect(status().isOk())
        .andExpect(content().contentType(MediaType.APPLICATION_PDF))
        .andExpect(header().string("Content-Disposition", "attachment; filename=\"decision-register.pdf\""))
        .andReturn();
    assertThat(new String(result.getResponse().getContentAsByteArray(), 0, 5, StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    verify(register, never()).get(anyLong());
  }

  @Test
  @WithMockUser(username = "un.observer")
  void shouldExportOnlyTheDecisionsOnDocumentsWhoseSymbolOrTitleHoldTheText() throws Exception {
    // given the register's decisions of 2022 on documents whose symbol or title holds "tourism"
    when(register.page(eq(new RegisterFilter(2022, "tourism")), eq(0), anyInt()))
        .thenReturn(List.of(Decisions.atMeeting(7, "Concept paper on Tourism", List.of())));

    // when the register page's buttons ask for them as CSV and as a Russian PDF
    MvcResult csv = downloaded(get("/api/decisions.csv").param("year", "2022").param("text", " tourism "))
        .andExpect(status().isOk()).andReturn();
    MvcResult pdf = downloaded(get("/api/decisions.pdf").param("year", "2022").param("text", "tourism")
        .param("language", "ru"))
        .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF)).andReturn();

    // then both files hold those decisions, read with the same filter
    assertThat(csv.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("SOC/2022/7,");
    assertThat(pdf.getResponse().getContentAsByteArray()).isNotEmpty();
    verify(register, times(2)).page(new RegisterFilter(2022, "tourism"), 0, RegisterExportRows.CHUNK);
  }

  @Test
  @WithMockUser
  void shouldRefuseATextTooLongToLookFor() throws Exception {
    mvc.perform(get("/api/decisions.csv").param("text", "x".repeat(301)))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
  }

  @Test
  @WithMockUser
  void shouldStillServeOneDecisionByItsId() throws Exception {
    when(register.get(7)).thenReturn(Decisions.atMeeting(7, "Concept paper on Tourism", List.of()));

    mvc.perform(get("/api/decisions/7"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.number").value("SOC/2022/7"));
  }

  @Test
  @WithMockUser
  void shouldRefuseAYearOutOfRange() throws Exception {
    mvc.perform(get("/api/decisions.csv").param("year", "20222"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
  }

  @Test
  void shouldRequireSignIn() throws Exception {
    mvc.perform(get("/api/decisions.csv")).andExpect(status().isUnauthorized());
    mvc.perform(get("/api/decisions.pdf")).andExpect(status().isUnauthorized());
    verify(register, never()).page(eq(RegisterFilter.ALL), anyInt(), anyInt());
  }

  /** The file is streamed after the handler returns: wait for it. */
  private ResultActions downloaded(MockHttpServletRequestBuilder call) throws Exception {
    MvcResult started = mvc.perform(call).andExpect(request().asyncStarted()).andReturn();
    return mvc.perform(asyncDispatch(started));
  }
}
