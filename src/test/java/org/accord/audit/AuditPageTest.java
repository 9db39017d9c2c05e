package org.accord.audit;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.accord.system.web.PageSlice;
import org.accord.tasklist.MyWork;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The administrators' audit trail page per role, with the trail mocked and CSRF on. */
@WebMvcTest(AuditPage.class)
@PageSlice
@WithMockUser(username = "admin", roles = {"camunda-admin"})
class AuditPageTest {

  private static final OffsetDateTime AT = OffsetDateTime.parse("2026-12-03T10:00:00Z");
  private static final String HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

  @Autowired MockMvc mvc;
  @MockitoBean AuditTrail trail;
  @MockitoBean(name = "myWork") MyWork myWork;

  @Test
  void shouldShowTheLatestEntriesAndTheRecordsFoundChanged() throws Exception {
    when(trail.latest(50)).thenReturn(List.of(new AuditEntry(12, AT, "soc.chair", "Meetings.decide", "meetingId=3",
        "decision=DecideItem", HASH, HASH)));
    when(trail.integrityFailures(10)).thenReturn(List.of(new AuditEntry(13, AT, null, "INTEGRITY_FAILURE",
        "version 2 of document 7", "no longer matches its SHA-256", HASH, HASH)));

    mvc.perform(get("/admin/audit"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("<h1>Audit trail</h1>"), containsString("Meetings.decide"),
            containsString("meetingId=3"), containsString("9f86d081884c…"), containsString("role=\"alert\""),
            containsString("version 2 of document 7"), containsString("action=\"/admin/audit/verification\""))));
  }

  @Test
  void shouldNameTheFirstBrokenLinkInRussian() throws Exception {
    when(trail.verify()).thenReturn(new Verification(AT, 120, 6, 14,
        List.of(new Verification.Broken("entry 12", "its content no longer matches its hash"))));

    mvc.perform(post("/admin/audit/verification").with(csrf()).locale(Locale.forLanguageTag("ru")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Первое нарушенное звено: entry 12 (its content no longer matches its hash).")));
  }

  @Test
  void shouldSayTheTrailIsIntact() throws Exception {
    when(trail.verify()).thenReturn(new Verification(AT, 120, 6, 14, List.of()));

    mvc.perform(post("/admin/audit/verification").with(csrf()))
        .andExpect(content().string(containsString("Intact: 120 entries, 6 decisions and 14 versions checked.")));
  }

  @Test
  @WithMockUser(username = "secretariat.officer", roles = {"secretariat"})
  void shouldRefuseAnyoneButAnAdministrator() throws Exception {
    mvc.perform(get("/admin/audit")).andExpect(status().isForbidden());
    mvc.perform(post("/admin/audit/verification").with(csrf())).andExpect(status().isForbidden());
    verify(trail, never()).verify();
  }
}
