package org.accord.document.content;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import org.accord.document.Document;
import org.accord.document.Documents;
import org.accord.system.Labels;
import org.accord.document.DocumentStatus;
import org.accord.document.DocumentType;
import org.accord.document.DocumentVersion;
import org.accord.document.VersionContent;
import org.accord.forum.Forum;
import org.accord.system.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(ContentController.class)
@Import({ContentRules.class, VersionComparison.class, CalendarExport.class, Labels.class})
@WithMockUser(username = "kz.delegate1")
class ContentControllerTest {

  private static final long CALENDAR = 3;
  private static final long BUDGET = 5;
  private static final OffsetDateTime UPLOADED = OffsetDateTime.parse("2022-12-18T09:30:00Z");

  @Autowired MockMvc mvc;
  @Autowired ContentRules rules;
  @MockitoBean Documents documents;
  @MockitoBean Forum forum;

  @BeforeEach
  void givenTheForumAndTwoDocuments() {
    ForumFixture.stub(forum);
    when(documents.get(CALENDAR)).thenReturn(document(CALENDAR, DocumentType.CALENDAR_OF_EVENTS, "Calendar of CICA events for 2023"));
    when(documents.get(BUDGET)).thenReturn(document(BUDGET, DocumentType.BUDGET, "Budget of the CICA Secretariat for 2023"));
  }

  @Test
  void shouldCompareTwoStructuredVersions() throws Exception {
    givenVersion(BUDGET, 1, structured(DocumentType.BUDGET, Samples.BUDGET_2023));
    givenVersion(BUDGET, 2, structured(DocumentType.BUDGET, Samples.BUDGET_2023.replace("1320000.00", "1350000.00")));

    mvc.perform(get("/api/documents/{id}/versions/1/diff/2", BUDGET))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.documentId").value(BUDGET))
        .andExpect(jsonPath("$.type").value("BUDGET"))
        .andExpect(jsonPath("$.diff.kind").value("STRUCTURED"))
        .andExpect(jsonPath("$.diff.lists[0].changed[0].key.category").value("STAFF"))
        .andExpect(jsonPath("$.diff.lists[0].changed[0].fields[0].before").value(1320000.00))
        .andExpect(jsonPath("$.diff.lists[0].changed[0].fields[0].after").value(1350000.00));
  }

  @Test
  void shouldCompareTwoTextVersions() throws Exception {
    givenVersion(BUDGET, 1, VersionContent.text("Staff: 1 320 000 USD"));
    givenVersion(BUDGET, 2, VersionContent.text("Staff: 1 350 000 USD"));

    mvc.perform(get("/api/documents/{id}/versions/1/diff/2", BUDGET))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.diff.kind").value("TEXT"))
        .andExpect(jsonPath("$.diff.texts[0].changes[0].type").value("CHANGED"));
  }

  @Test
  void shouldAnswerNotFoundWhenAVersionIsMissing() throws Exception {
    givenVersion(BUDGET, 1, VersionContent.text("Budget 2023"));
    when(documents.content(BUDGET, 9)).thenThrow(new NotFoundException("Document 5 has no version 9."));

    mvc.perform(get("/api/documents/{id}/versions/1/diff/9", BUDGET))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.detail").value("Document 5 has no version 9."));
  }

  @Test
  void shouldExportTheLatestVersionOfACalendarAsICalendar() throws Exception {
    givenVersion(CALENDAR, 1, VersionContent.text("Draft calendar"));
    givenVersion(CALENDAR, 2, structured(DocumentType.CALENDAR_OF_EVENTS, Samples.CALENDAR_2023));
    when(documents.versions(CALENDAR)).thenReturn(List.of(version(CALENDAR, 1, VersionContent.TEXT),
        version(CALENDAR, 2, VersionComparison.JSON)));

    mvc.perform(get("/api/documents/{id}/calendar.ics", CALENDAR))
        .andExpect(status().isOk())
        .andExpect(content().contentType("text/calendar;charset=UTF-8"))
        .andExpect(header().string("Content-Disposition", "inline; filename=\"calendar-3.ics\""))
        .andExpect(content().string(startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")))
        .andExpect(content().string(containsString("SUMMARY:CICA Think Tank Forum\r\n")));
  }

  @Test
  void shouldExportOneEventOfTheCalendar() throws Exception {
    String calendar = givenLatestCalendar(structured(DocumentType.CALENDAR_OF_EVENTS, Samples.CALENDAR_2023));
    String uid = CalendarExport.uid(CALENDAR, rules.calendar(calendar).events().get(5));

    mvc.perform(get("/api/documents/{id}/calendar/events/{uid}.ics", CALENDAR, uid))
        .andExpect(status().isOk())
        .andExpect(content().contentType("text/calendar;charset=UTF-8"))
        .andExpect(content().string(containsString("UID:" + uid + "\r\n")))
        .andExpect(content().string(containsString("SUMMARY:CICA Think Tank Forum\r\n")))
        .andExpect(content().string(containsString("DTEND;VALUE=DATE:20231007\r\n")));
  }

  @Test
  void shouldAnswerNotFoundForAnUnknownEvent() throws Exception {
    givenLatestCalendar(structured(DocumentType.CALENDAR_OF_EVENTS, Samples.CALENDAR_2023));

    mvc.perform(get("/api/documents/{id}/calendar/events/{uid}.ics", CALENDAR, "document-3-0000000000000000@accord"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.detail").value(
            "The calendar 3 has no event document-3-0000000000000000@accord in its latest version."));
  }

  @Test
  void shouldRefuseToExportADocumentThatIsNoCalendar() throws Exception {
    mvc.perform(get("/api/documents/{id}/calendar.ics", BUDGET).accept("text/calendar"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value(
            "Document 5 is not a calendar of events (it is of type Budget); only calendars are exported as iCalendar."));
  }

  @Test
  void shouldRefuseToExportACalendarWhoseLatestVersionIsText() throws Exception {
    givenLatestCalendar(VersionContent.text("Calendar of CICA events for 2023: SWG in April, SOC in December"));

    mvc.perform(get("/api/documents/{id}/calendar.ics", CALENDAR))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value("The latest version (1) of calendar 3 is a text or file, not structured"
            + " content; upload the calendar as JSON to export it."));
  }

  @Test
  void shouldRefuseToExportACalendarWithoutVersions() throws Exception {
    when(documents.versions(CALENDAR)).thenReturn(List.of());

    mvc.perform(get("/api/documents/{id}/calendar.ics", CALENDAR))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value("The calendar 3 has no version yet."));
  }

  private String givenLatestCalendar(VersionContent content) {
    givenVersion(CALENDAR, 1, content);
    when(documents.versions(CALENDAR)).thenReturn(List.of(version(CALENDAR, 1, content.mediaType())));
    return new String(content.bytes(), StandardCharsets.UTF_8);
  }

  private void givenVersion(long documentId, int number, VersionContent content) {
    when(documents.content(documentId, number)).thenReturn(content);
  }

  private VersionContent structured(DocumentType type, String json) {
    return new VersionContent(null, VersionComparison.JSON, rules.canonical(type, json).getBytes(StandardCharsets.UTF_8));
  }

  private static Document document(long id, DocumentType type, String title) {
    return new Document(id, type, title, null, "SEC", DocumentStatus.IN_NEGOTIATION, "process-" + id, null,
        "secretariat.officer", UPLOADED, UPLOADED, null, null, null);
  }

  private static DocumentVersion version(long documentId, int number, String mediaType) {
    return new DocumentVersion(documentId * 10 + number, documentId, number, null, mediaType, 100, "0".repeat(64),
        null, null, null, null, "secretariat.officer", UPLOADED, false);
  }
}
