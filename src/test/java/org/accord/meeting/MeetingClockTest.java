package org.accord.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.accord.decision.Decision;
import org.accord.decision.DecisionRegister;
import org.accord.decision.SocOutcome;
import org.accord.security.CurrentUser;
import org.accord.system.ConflictException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A meeting follows the engine's clock, whichever client completes its tasks: the demo's meeting,
 * convened a few days ahead with its agenda confirmed, decides nothing and cannot close before it
 * starts; once the clock reaches its start it sits, and its decisions carry its day, not the day they
 * were typed.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:meeting-clock;DB_CLOSE_DELAY=-1", "accord.demo=true"})
class MeetingClockTest {

  private static final CurrentUser SOC_CHAIR = new CurrentUser("soc.chair", List.of("chairs", "soc-chair"));
  private static final ZoneId FORUM = ZoneId.of("Asia/Almaty");

  @Autowired Meetings meetings;
  @Autowired DecisionRegister register;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;

  @AfterEach
  void resetTheClock() {
    ClockUtil.reset();
    identityService.clearAuthentication();
  }

  @Test
  void shouldRefuseDecisionsAndClosingBeforeTheStartAndDateTheDecisionsByTheMeetingsDayAfterIt() {
    // given the demo's meeting, its agenda confirmed, starting in a few days
    Meeting meeting = meetings.page(0, 10).stream()
        .filter(m -> m.status() == MeetingStatus.AGENDA_CONFIRMED).findFirst().orElseThrow();
    assertThat(meeting.startsAt()).isAfter(OffsetDateTime.now());
    Task item = taskService.createTaskQuery().processInstanceId(meeting.processInstanceId())
        .taskDefinitionKey(Meetings.TASK_DECIDE_ITEM).list().get(0);
    long document = meetings.agenda(meeting.id()).get(0).documentId();
    long itemDocument = ((Number) taskService.getVariable(item.getId(), "documentId")).longValue();

    // when the SOC Chair records a decision through Accord, then through Camunda Tasklist, and closes
    assertThatThrownBy(() -> meetings.decide(meeting.id(),
        new MeetingCommands.DecideItem(document, SocOutcome.DEFERRED, List.of(), null), SOC_CHAIR))
        .isInstanceOf(ConflictException.class).hasMessageContaining("has not started");
    identityService.setAuthentication("soc.chair", List.of("chairs", "soc-chair"));
    assertThatThrownBy(() -> taskService.complete(item.getId(), Map.of("decisionOutcome", "DEFERRED")))
        .hasStackTraceContaining("has not started");
    identityService.clearAuthentication();
    assertThatThrownBy(() -> meetings.close(meeting.id(), SOC_CHAIR))
        .isInstanceOf(ConflictException.class).hasMessageContaining("has not started");

    // then nothing is decided, and the decision tasks still wait
    assertThat(register.ofMeeting(meeting.id())).isEmpty();
    assertThat(taskService.createTaskQuery().taskId(item.getId()).count()).isEqualTo(1);
    assertThat(meetings.get(meeting.id()).status()).isEqualTo(MeetingStatus.AGENDA_CONFIRMED);

    // when the clock passes the start: the decision is typed two days after the meeting sat
    OffsetDateTime typed = meeting.startsAt().plusDays(2);
    ClockUtil.setCurrentTime(Date.from(typed.toInstant()));
    assertThat(meetings.get(meeting.id()).status()).isEqualTo(MeetingStatus.IN_SESSION);
    List<Decision> decided = meetings.decide(meeting.id(),
        new MeetingCommands.DecideItem(itemDocument, SocOutcome.DEFERRED, List.of(), null).withPassword("accord"),
        SOC_CHAIR);

    // then it is recorded, dated by the meeting's day in the forum's zone, with the moment it was entered kept
    assertThat(decided).isNotEmpty().allSatisfy(decision -> {
      assertThat(decision.decidedOn()).isEqualTo(meeting.startsAt().atZoneSameInstant(FORUM).toLocalDate());
      assertThat(decision.decidedAt().toInstant()).isEqualTo(typed.toInstant());
      assertThat(decision.number()).startsWith("SOC/" + decision.decidedOn().getYear() + "/");
    });
  }

  @Test
  void shouldRefuseToOpenASessionTwice() {
    Meeting meeting = meetings.page(0, 10).stream()
        .filter(m -> m.status() != MeetingStatus.CLOSED).findFirst().orElseThrow();
    ClockUtil.setCurrentTime(Date.from(meeting.startsAt().plusHours(1).toInstant()));

    assertThatThrownBy(() -> meetings.openSession(meeting.id(), SOC_CHAIR))
        .isInstanceOf(ConflictException.class).hasMessageContaining("already in session");
  }
}
