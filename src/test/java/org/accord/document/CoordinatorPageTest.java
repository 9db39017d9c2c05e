package org.accord.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.accord.forum.Delegation;
import org.accord.forum.DelegationKind;
import org.accord.forum.Forum;
import org.accord.system.ConflictException;
import org.accord.system.InvalidInputException;
import org.accord.system.web.PageSlice;
import org.accord.tasklist.MyWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The coordinator's section and its page, with the services mocked and Spring Security's default chain (CSRF on). */
@WebMvcTest(CoordinatorPage.class)
@PageSlice
@WithMockUser(username = "secretariat.officer", roles = "secretariat")
class CoordinatorPageTest {

  private static final long TOURISM = 1;
  private static final long BUDGET = 5;
  private static final long STAFF_MATRIX = 6;
  private static final OffsetDateTime WHEN = OffsetDateTime.parse("2022-12-05T05:00:00Z");
  private static final Delegation SECRETARIAT = new Delegation("SEC", "CICA Secretariat", DelegationKind.SECRETARIAT,
      "secretariat");
  private static final Delegation TURKIYE = new Delegation("TR", "Turkiye", DelegationKind.MEMBER_STATE, "delegation-tr");
  private static final Delegation AZERBAIJAN = new Delegation("AZ", "Azerbaijan", DelegationKind.MEMBER_STATE,
      "delegation-az");
  private static final String REVISION_FORM = "action=\"/documents/5/revision\"";
  private static final String WITHDRAWAL_FORM = "action=\"/documents/5/withdrawal\"";
  private static final String BUDGET_2023 = "{\"lines\":[{\"amount\":1320000.00,\"category\":\"STAFF\",\"currency\":\"USD\"},"
      + "{\"amount\":180000.00,\"category\":\"OFFICIAL_TRAVEL\",\"currency\":\"USD\"}],\"year\":2023}";

  @Autowired MockMvc mvc;
  @MockitoBean Documents documents;
  @MockitoBean Forum forum;
  @MockitoBean(name = "myWork") MyWork myWork;

  @BeforeEach
  void givenTheForum() {
    when(forum.memberStates()).thenReturn(List.of(AZERBAIJAN, TURKIYE));
  }

  @Test
  void shouldOfferTheBudgetLinesOfTheLatestVersionToTheSecretariatDuringRevision() throws Exception {
    // given the budget back in revision, its version 1 with two lines
    givenBudget(DocumentStatus.IN_REVISION);

    // when / then
    mvc.perform(get("/documents/{id}/revision", BUDGET))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(
            containsString(REVISION_FORM), containsString("hx-post=\"/documents/5/revision\""), containsString("name=\"_csrf\""),
            containsString("Submit a revision"), containsString("Your revision opens the next round"),
            containsString("its STAFF line must equal the matrix&#39;s total"),
            containsString("<caption>Budget lines</caption>"), containsString("scope=\"col\""),
            containsString("name=\"year\" inputmode=\"numeric\" maxlength=\"4\" value=\"2023\""),
            containsString("name=\"lines[0].category\" maxlength=\"40\" value=\"STAFF\""),
            containsString("name=\"lines[1].amount\" inputmode=\"decimal\" value=\"180000.00\""),
            containsString("<label class=\"visually-hidden\" for=\"revision-lines-1-amount\">Line 2: amount</label>"),
            containsString("data-label=\"Amount\""),
            containsString("name=\"removeRow\" value=\"1\" formnovalidate"), containsString("aria-label=\"Remove line 2\""),
            containsString("name=\"addRow\" value=\"lines\" formnovalidate"),
            containsString(WITHDRAWAL_FORM), containsString("I understand that the document leaves the procedure"))))
        // a budget's figures are data: no file alone
        .andExpect(content().string(not(containsString("action=\"/documents/5/revision/file\""))));
  }

  @Test
  void shouldAddARowWithoutScriptAndKeepWhatWasTyped() throws Exception {
    givenBudget(DocumentStatus.IN_REVISION);

    // when the Secretariat adds a line to the lines it typed
    MvcResult added = mvc.perform(post("/documents/{id}/revision", BUDGET).with(csrf())
            .param("year", "2023").param("note", "Travel cut by a tenth")
            .param("lines[0].category", "STAFF").param("lines[0].amount", "1320000").param("lines[0].currency", "USD")
            .param("lines[1].category", "OFFICIAL_TRAVEL").param("lines[1].amount", "162000").param("lines[1].currency", "USD")
            .param("addRow", "lines"))
        // then it comes back to the form, at the new row, with nothing submitted
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/documents/5/revision#revision-lines-2-category"))
        .andReturn();
    verify(documents, never()).upload(anyLong(), any(), any());

    mvc.perform(get("/documents/{id}/revision", BUDGET).flashAttrs(added.getFlashMap()))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("value=\"162000\""), containsString(">Travel cut by a tenth</textarea>"),
            containsString("name=\"lines[2].category\" maxlength=\"40\" value=\"\""), containsString("autofocus=\"autofocus\""),
            not(containsString("value=\"180000.00\"")))));
  }

  @Test
  void shouldRemoveARowAndAnswerTheSectionToHtmx() throws Exception {
    givenBudget(DocumentStatus.IN_REVISION);

    mvc.perform(post("/documents/{id}/revision", BUDGET).with(csrf()).header("HX-Request", "true")
            .param("year", "2023")
            .param("lines[0].category", "STAFF").param("lines[0].amount", "1320000").param("lines[0].currency", "USD")
            .param("lines[1].category", "OFFICIAL_TRAVEL").param("lines[1].amount", "162000").param("lines[1].currency", "USD")
            .param("removeRow", "0"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(startsWith("<section id=\"coordinator\""), not(containsString("<html")),
            containsString("name=\"lines[0].category\" maxlength=\"40\" value=\"OFFICIAL_TRAVEL\""),
            not(containsString("name=\"lines[1].category\"")), not(containsString("value=\"STAFF\"")))));
    verify(documents, never()).upload(anyLong(), any(), any());
  }

  @Test
  void shouldSubmitTheTableAsTheBudgetsContent() throws Exception {
    givenBudget(DocumentStatus.IN_REVISION);
    when(documents.upload(eq(BUDGET), any(), any())).thenReturn(version(BUDGET, 2, VersionContent.JSON));

    mvc.perform(post("/documents/{id}/revision", BUDGET).with(csrf())
            .param("year", "2023").param("note", "Travel cut by a tenth")
            .param("lines[0].category", "STAFF").param("lines[0].amount", "1 320 000,00").param("lines[0].currency", "USD")
            .param("lines[1].category", "").param("lines[1].amount", "").param("lines[1].currency", ""))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/documents/5/revision#coordinator"))
        .andExpect(flash().attribute("notice", "Version 2 is submitted."));

    verify(documents).upload(eq(BUDGET), eq(new Submission(
            "{\"year\":2023,\"lines\":[{\"category\":\"STAFF\",\"amount\":1320000.00,\"currency\":\"USD\"}]}",
            null, "Travel cut by a tenth")),
        argThat(user -> user.id().equals("secretariat.officer")));
  }

  @Test
  void shouldShowTheContentsRefusalBesideTheFormWithTheFieldMarkedAndTheInputKept() throws Exception {
    givenBudget(DocumentStatus.IN_REVISION);
    when(documents.upload(eq(BUDGET), any(), any())).thenThrow(new InvalidInputException(
        "lines[1].currency 'DOLLARS' is not an ISO 4217 currency code (three letters, like USD or EUR)."));

    mvc.perform(post("/documents/{id}/revision", BUDGET).with(csrf()).header("HX-Request", "true")
            .param("year", "2023")
            .param("lines[0].category", "STAFF").param("lines[0].amount", "1320000").param("lines[0].currency", "USD")
            .param("lines[1].category", "RENT").param("lines[1].amount", "90000").param("lines[1].currency", "DOLLARS"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(startsWith("<section id=\"coordinator\""), containsString("role=\"alert\""),
            containsString("Please check the form."), containsString("lines[1].currency &#39;DOLLARS&#39; is not an ISO 4217"),
            containsString("<a href=\"#revision-lines-1-currency\">Go to the field (Line 2: currency)</a>"),
            containsString("id=\"revision-lines-1\" class=\"refused\""),
            containsString("name=\"lines[1].currency\" maxlength=\"3\" value=\"DOLLARS\""),
            containsString("autocapitalize=\"characters\" aria-invalid=\"true\""),
            containsString("value=\"RENT\""), containsString("value=\"90000\""))));
  }

  @Test
  @WithMockUser(username = "tr.delegate1", roles = "delegation-tr")
  void shouldOfferTheConceptPapersFieldsOrAFileForTheFirstDraft() throws Exception {
    givenTourismAwaitingItsDraft();

    mvc.perform(get("/documents/{id}/revision", TOURISM))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("Submit the draft"),
            containsString("the Secretariat registers the document and gives it its symbol"),
            containsString("for=\"revision-priorityArea\""), containsString("<legend>Coordinators</legend>"),
            containsString("name=\"coordinators\" value=\"TR\" id=\"revision-coordinators-TR\""),
            containsString("name=\"coCoordinators\" value=\"AZ\" id=\"revision-coCoordinators-AZ\""),
            containsString("value=\"MILITARY_POLITICAL\">Military-political</option>"),
            containsString("action=\"/documents/1/revision/file\""), containsString("enctype=\"multipart/form-data\""),
            containsString("PDF, DOCX, ODT or plain text, up to 20 MB"), containsString("hx-headers='{&quot;X-CSRF-TOKEN&quot;: &quot;"),
            containsString("data-too-large=\"The file is larger than 20 MB"), containsString("action=\"/documents/1/withdrawal\""))));
  }

  @Test
  @WithMockUser(username = "tr.delegate1", roles = "delegation-tr")
  void shouldSubmitAConceptPapersFieldsAsItsContent() throws Exception {
    givenTourismAwaitingItsDraft();
    when(documents.upload(eq(TOURISM), any(), any())).thenReturn(version(TOURISM, 1, VersionContent.JSON));

    mvc.perform(post("/documents/{id}/revision", TOURISM).with(csrf())
            .param("priorityArea", "Tourism").param("dimension", "ECONOMIC")
            .param("coordinators", "TR").param("coCoordinators", "AZ")
            .param("text", "CICA Concept Paper on Tourism\r\n\r\n1. Introduction"))
        .andExpect(status().isFound())
        .andExpect(flash().attribute("notice", "Version 1 is submitted."));

    verify(documents).upload(eq(TOURISM), eq(new Submission("{\"priorityArea\":\"Tourism\",\"dimension\":\"ECONOMIC\","
        + "\"coordinators\":[\"TR\"],\"coCoordinators\":[\"AZ\"],\"text\":\"CICA Concept Paper on Tourism\\r\\n\\r\\n1. Introduction\"}",
        null, null)), any());
  }

  @Test
  @WithMockUser(username = "tr.delegate1", roles = "delegation-tr")
  void shouldUploadAFileAsTheNewVersionKnowingItsTypeByItsName() throws Exception {
    givenTourismAwaitingItsDraft();
    when(documents.upload(eq(TOURISM), any(), any())).thenReturn(version(TOURISM, 1, "application/pdf"));
    byte[] docx = "PK\u0003\u0004 word".getBytes(StandardCharsets.UTF_8);

    mvc.perform(multipart("/documents/{id}/revision/file", TOURISM)
            .file(new MockMultipartFile("file", "tourism-v1.docx", "application/octet-stream", docx))
            .param("note", "First draft").with(csrf()))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/documents/1/revision#coordinator"))
        .andExpect(flash().attribute("notice", "Version 1 is submitted."));

    verify(documents).upload(eq(TOURISM), argThat(submission -> submission.data() == null
        && "First draft".equals(submission.note())
        && "tourism-v1.docx".equals(submission.body().fileName())
        && "application/vnd.openxmlformats-officedocument.wordprocessingml.document".equals(submission.body().mediaType())),
        any());
  }

  @Test
  @WithMockUser(username = "tr.delegate1", roles = "delegation-tr")
  void shouldAskForTheFileWhenNoneWasChosenAndKeepTheNote() throws Exception {
    givenTourismAwaitingItsDraft();

    mvc.perform(multipart("/documents/{id}/revision/file", TOURISM)
            .file(new MockMultipartFile("file", "", "application/octet-stream", new byte[0]))
            .param("note", "First draft").with(csrf()).header("HX-Request", "true"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("role=\"alert\""), containsString("Choose the file to upload."),
            containsString(">First draft</textarea>"))));
    verify(documents, never()).upload(anyLong(), any(), any());
  }

  @Test
  void shouldAskForTheConfirmationBeforeWithdrawingAndKeepTheReason() throws Exception {
    givenBudget(DocumentStatus.IN_NEGOTIATION);

    mvc.perform(post("/documents/{id}/withdrawal", BUDGET).with(csrf()).header("HX-Request", "true")
            .param("reason", "Replaced by the 2024 budget."))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("role=\"alert\""),
            containsString("Tick the box to confirm that the document leaves the procedure."),
            containsString(">Replaced by the 2024 budget.</textarea>"))));
    verify(documents, never()).withdraw(anyLong(), anyString(), any());
  }

  @Test
  void shouldWithdrawWithTheReasonOnceConfirmed() throws Exception {
    givenBudget(DocumentStatus.IN_NEGOTIATION);

    mvc.perform(post("/documents/{id}/withdrawal", BUDGET).with(csrf())
            .param("reason", "Replaced by the 2024 budget.").param("understood", "true"))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/documents/5/revision#coordinator"))
        .andExpect(flash().attribute("notice", containsString("The document is withdrawn")));
    verify(documents).withdraw(eq(BUDGET), eq("Replaced by the 2024 budget."), argThat(user -> user.id().equals("secretariat.officer")));
  }

  @Test
  void shouldShowTheServicesRefusalOfAWithdrawalInPlace() throws Exception {
    givenBudget(DocumentStatus.IN_NEGOTIATION);
    when(documents.withdraw(eq(BUDGET), anyString(), any())).thenThrow(new ConflictException("The document is already ADOPTED."));

    mvc.perform(post("/documents/{id}/withdrawal", BUDGET).with(csrf()).header("HX-Request", "true")
            .param("reason", "Too late.").param("understood", "true"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("Not possible now."), containsString("The document is already ADOPTED."),
            containsString("id=\"withdrawal-understood\" name=\"understood\" value=\"true\" required checked=\"checked\""))));
  }

  @Test
  void shouldOfferOnlyTheWithdrawalWhileTheDocumentIsInNegotiation() throws Exception {
    givenBudget(DocumentStatus.IN_NEGOTIATION);

    mvc.perform(get("/documents/{id}/revision", BUDGET))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString(WITHDRAWAL_FORM), containsString("In negotiation"),
            containsString("A new version can be submitted when the document comes back to you for revision."),
            not(containsString(REVISION_FORM)))));
    verify(documents, never()).content(anyLong(), any(Integer.class));
  }

  @Test
  @WithMockUser(username = "kz.delegate1", roles = "delegation-kz")
  void shouldTellOthersWhoHoldsThePenAndOfferNoForm() throws Exception {
    givenBudget(DocumentStatus.IN_REVISION);

    mvc.perform(get("/documents/{id}/revision", BUDGET))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(
            containsString("Only the coordinator (CICA Secretariat) submits versions of this document and may withdraw it."),
            not(containsString(REVISION_FORM)), not(containsString(WITHDRAWAL_FORM)), not(containsString("value=\"STAFF\"")))));
  }

  @Test
  void shouldSendTheStaffMatrixsWithdrawalToItsBudget() throws Exception {
    Document matrix = new Document(STAFF_MATRIX, DocumentType.STAFF_MATRIX, "Staff matrix of the CICA Secretariat", null,
        "SEC", DocumentStatus.IN_REVISION, "process-5", BUDGET, "secretariat.officer", WHEN, WHEN, null, null, null);
    when(documents.get(STAFF_MATRIX)).thenReturn(matrix);
    when(documents.coordinatorOf(matrix)).thenReturn(SECRETARIAT);
    when(documents.versions(STAFF_MATRIX)).thenReturn(List.of());

    mvc.perform(get("/documents/{id}/revision", STAFF_MATRIX).header("HX-Request", "true"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("action=\"/documents/6/revision\""),
            containsString("The staff matrix is not circulated on its own"), containsString("name=\"posts[0].title\""),
            containsString("href=\"/documents/5/revision\""), not(containsString("action=\"/documents/6/withdrawal\"")))));
  }

  @Test
  void shouldAnswerTheSectionAloneToHtmxAndAWholePageOtherwise() throws Exception {
    givenBudget(DocumentStatus.IN_REVISION);

    mvc.perform(get("/documents/{id}/revision", BUDGET).header("HX-Request", "true"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(startsWith("<section id=\"coordinator\""), not(containsString("<html")))));
    mvc.perform(get("/documents/{id}/revision", BUDGET))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("<html"), containsString("<section id=\"coordinator\""),
            containsString("<a href=\"/documents/5\">Back to the document</a>"))));
  }

  @Test
  void shouldRefuseFormsPostedWithoutTheirCsrfToken() throws Exception {
    givenBudget(DocumentStatus.IN_REVISION);

    mvc.perform(post("/documents/{id}/revision", BUDGET).param("year", "2023")).andExpect(status().isForbidden());
    mvc.perform(multipart("/documents/{id}/revision/file", BUDGET)
        .file(new MockMultipartFile("file", "a.pdf", "application/pdf", new byte[] {1}))).andExpect(status().isForbidden());
    mvc.perform(post("/documents/{id}/withdrawal", BUDGET).param("reason", "r").param("understood", "true"))
        .andExpect(status().isForbidden());

    verify(documents, never()).upload(anyLong(), any(), any());
    verify(documents, never()).withdraw(anyLong(), anyString(), any());
  }

  @Test
  @WithMockUser(username = "tr.delegate1", roles = "delegation-tr")
  void shouldEscapeTheTextOfTheLatestVersion() throws Exception {
    Document tourism = tourism(DocumentStatus.IN_REVISION);
    when(documents.versions(TOURISM)).thenReturn(List.of(version(TOURISM, 1, VersionContent.JSON)));
    when(documents.content(TOURISM, 1)).thenReturn(VersionContent.data("{\"coCoordinators\":[],\"coordinators\":[\"TR\"],"
        + "\"dimension\":\"ECONOMIC\",\"priorityArea\":\"<b>Tourism</b>\",\"text\":\"</textarea><script>alert(1)</script>\"}"));
    when(documents.get(TOURISM)).thenReturn(tourism);

    mvc.perform(get("/documents/{id}/revision", TOURISM))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(not(containsString("<script>alert")), not(containsString("<b>Tourism")),
            containsString("&lt;/textarea&gt;&lt;script&gt;alert(1)&lt;/script&gt;"), containsString("&lt;b&gt;Tourism&lt;/b&gt;"),
            containsString("name=\"coordinators\" value=\"TR\" id=\"revision-coordinators-TR\" checked=\"checked\""))));
  }

  // ---- fixtures ----

  private void givenBudget(DocumentStatus status) {
    Document budget = new Document(BUDGET, DocumentType.BUDGET, "Budget of the CICA Secretariat for 2023",
        "CICA/SWG/2022/BUDGET-2023", "SEC", status, "process-5", null, "secretariat.officer", WHEN, WHEN, null, null, null);
    when(documents.get(BUDGET)).thenReturn(budget);
    when(documents.coordinatorOf(budget)).thenReturn(SECRETARIAT);
    when(documents.versions(BUDGET)).thenReturn(new ArrayList<>(List.of(version(BUDGET, 1, VersionContent.JSON))));
    when(documents.content(BUDGET, 1)).thenReturn(VersionContent.data(BUDGET_2023));
  }

  private void givenTourismAwaitingItsDraft() {
    Document tourism = tourism(DocumentStatus.AWAITING_DRAFT);
    when(documents.versions(TOURISM)).thenReturn(List.of());
    when(documents.get(TOURISM)).thenReturn(tourism);
  }

  private Document tourism(DocumentStatus status) {
    Document tourism = new Document(TOURISM, DocumentType.CONCEPT_PAPER, "Concept paper on the CICA priority area \"Tourism\"",
        null, "TR", status, "process-1", null, "tr.delegate1", WHEN, WHEN, null, null, null);
    when(documents.coordinatorOf(tourism)).thenReturn(TURKIYE);
    return tourism;
  }

  private static DocumentVersion version(long documentId, int number, String mediaType) {
    return new DocumentVersion(number * 10L, documentId, number, null, mediaType, 200, "ab12", null, null, null, null,
        "secretariat.officer", WHEN, false);
  }
}
