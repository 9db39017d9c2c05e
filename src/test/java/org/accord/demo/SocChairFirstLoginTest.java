package org.accord.demo;

import static org.accord.demo.DemoForumTest.SOC_CHAIR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.accord.decision.Decision;
import org.accord.decision.DecisionRegister;
import org.accord.decision.Reservation;
import org.accord.decision.SocOutcome;
import org.accord.document.Documents;
import org.accord.document.DocumentStatus;
import org.accord.meeting.Meeting;
import org.accord.meeting.MeetingCommands;
import org.accord.meeting.Meetings;
import org.accord.meeting.MeetingStatus;
import org.accord.tasklist.TaskList;
import org.accord.tasklist.WorkItem;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The promise: a newcomer on the embedded default signs in as the SOC Chair and records the meeting's decisions. */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:demo-first-login;DB_CLOSE_DELAY=-1", "accord.demo=true"})
@AutoConfigureMockMvc
class SocChairFirstLoginTest {

  private static final List<String> PRESENT = List.of("KZ", "AZ", "CN", "IN", "IR", "RU", "TR", "TH", "UZ", "PK",
      "KG", "TJ", "QA", "AE", "VN", "KR", "MN", "BH", "EG", "UN");

  @Autowired TaskList tasks;
  @Autowired Meetings meetings;
  @Autowired DecisionRegister register;
  @Autowired Documents documents;
  @Autowired MockMvc mvc;

  @Test
  void shouldLetTheSocChairApproveEveryAgendaItemAndRecordTheAttendance() throws Exception {
    // given the SOC Chair's first login: five decisions waiting
    Meeting meeting = DemoForumTest.meetingInSession(meetings);
    List<WorkItem> waiting = tasks.of(SOC_CHAIR, "Task_DecideItem", null, null, null, 0, 20).items();
    assertThat(waiting).hasSize(5);
    Meeting opened = meetings.openSession(meeting.id(), SOC_CHAIR);
    assertThat(opened.status()).isEqualTo(MeetingStatus.IN_SESSION);
    LocalDate sat = opened.sessionStart().atZoneSameInstant(ZoneId.of("Asia/Almaty")).toLocalDate();

    // when the Chair opens the session early (the meeting starts in a few days), approves each item, with China's statement at the meeting on Tourism, and records who attended
    List<String> numbersInOrder = new ArrayList<>();
    for (WorkItem item : waiting) {
      List<Reservation> statements = item.documentTitle().equals(SeedMeeting.TOURISM)
          ? List.of(new Reservation("CN", "China joins consensus on the understanding that paragraph 3 (b) creates no "
              + "obligation on visa regimes.", Reservation.Source.MEETING))
          : List.of();
      for (Decision decision : meetings.decide(meeting.id(),
          new MeetingCommands.DecideItem(item.documentId(), SocOutcome.APPROVED, statements, null)
              .withPassword("accord"), SOC_CHAIR)) {
        // numbered in the order the Chair records them (the staff matrix after its budget), after the year's
        // first decision, taken at the demo's earlier meeting
        assertThat(decision.number())
            .isEqualTo("SOC/" + decision.decidedAt().getYear() + "/" + (numbersInOrder.size() + 2));
        numbersInOrder.add(decision.number());
      }
    }
    assertThat(numbersInOrder).hasSize(6);
    meetings.recordAttendance(meeting.id(), PRESENT, SOC_CHAIR);

    // then the six documents (the budget with its staff matrix) are adopted, each by a numbered decision
    List<Decision> decisions = register.ofMeeting(meeting.id());
    assertThat(decisions).hasSize(6).allSatisfy(decision -> {
      // an approval that carries the round's reservations is recorded as one with reservations
      assertThat(decision.outcome()).isEqualTo(decision.reservations().isEmpty()
          ? SocOutcome.APPROVED : SocOutcome.APPROVED_WITH_RESERVATIONS);
      assertThat(decision.decidedOn()).isEqualTo(sat);
      assertThat(decision.decidedBy()).isEqualTo("soc.chair");
      assertThat(documents.get(decision.documentId()).status()).isEqualTo(DocumentStatus.ADOPTED);
      assertThat(documents.latestVersion(decision.documentId()).frozen()).isTrue();
    });
    assertThat(reservationsOf(decisions, SeedMeeting.TOURISM)).extracting(Reservation::delegationCode, Reservation::source)
        .containsExactlyInAnyOrder(tuple("CN", Reservation.Source.ROUND),
            tuple("CN", Reservation.Source.MEETING));
    assertThat(reservationsOf(decisions, SeedMeeting.CALENDAR)).extracting(Reservation::delegationCode)
        .containsExactly("IL");

    // and the attendance is on the record, and what is left to the Chair of the meeting is closing it
    // (beside the demo's other paper waiting for its route)
    assertThat(meetings.attendance(meeting.id())).containsExactlyInAnyOrderElementsOf(PRESENT);
    assertThat(tasks.of(SOC_CHAIR, null, null, null, null, 0, 20).items()).extracting(WorkItem::taskKey)
        .containsExactlyInAnyOrder("Task_CloseMeeting", "Task_ChooseSocRoute");

    // when the Chair closes the meeting, its summary record is kept
    Meeting closed = meetings.close(meeting.id(), SOC_CHAIR);
    assertThat(closed.status()).isEqualTo(MeetingStatus.CLOSED);
    byte[] downloaded = mvc.perform(get("/api/meetings/{id}/summary.pdf", meeting.id())
            .with(httpBasic("un.observer", "accord")))
        .andExpect(status().isOk())
        .andExpect(content().contentType(MediaType.APPLICATION_PDF))
        .andReturn().getResponse().getContentAsByteArray();
    assertThat(closed.summarySha256())
        .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(downloaded)));
    try (PDDocument pdf = Loader.loadPDF(downloaded)) {
      assertThat(pdf.getNumberOfPages()).isPositive();
      String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
      assertThat(text).contains(meeting.title()).contains(numbersInOrder).contains("Date of the decision");
    }
  }

  private static List<Reservation> reservationsOf(List<Decision> decisions, String titlePrefix) {
    return decisions.stream().filter(decision -> decision.documentTitle().startsWith(titlePrefix)).findFirst()
        .orElseThrow().reservations();
  }
}
