package org.accord.bench;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.accord.decision.DecisionRegister;
import org.accord.decision.RouteChoice;
import org.accord.decision.SocOutcome;
import org.accord.decision.SocRoute;
import org.accord.document.DocumentType;
import org.accord.document.Documents;
import org.accord.document.Registration;
import org.accord.document.Submission;
import org.accord.document.VersionContent;
import org.accord.meeting.MeetingCommands;
import org.accord.meeting.MeetingFormat;
import org.accord.meeting.MeetingStatus;
import org.accord.meeting.Meetings;
import org.accord.negotiation.ConsensusConfirmation;
import org.accord.negotiation.GivePosition;
import org.accord.negotiation.Negotiation;
import org.accord.negotiation.PositionKind;
import org.accord.security.CurrentUser;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.context.ApplicationContext;

/**
 * The cycle's steps straight through Accord's services (the ones its controllers call) in the same JVM: the same
 * BPMN, delegates, listeners and records, without HTTP and without Spring Security. Each user is the demo user with
 * the Camunda groups the identity service gives them, as a signed-in user would have.
 */
final class ServiceSteps implements Steps {

  private final Documents documents;
  private final Negotiation negotiation;
  private final DecisionRegister register;
  private final Meetings meetings;
  private final Map<String, CurrentUser> users = new HashMap<>();

  ServiceSteps(ApplicationContext context) {
    this.documents = context.getBean(Documents.class);
    this.negotiation = context.getBean(Negotiation.class);
    this.register = context.getBean(DecisionRegister.class);
    this.meetings = context.getBean(Meetings.class);
    IdentityService identity = context.getBean(IdentityService.class);
    List<String> names = new java.util.ArrayList<>(List.of("kz.delegate1", "secretariat.officer", "swg.chair", "soc.chair"));
    Cycle.MEMBER_STATES.forEach(state -> names.add(delegate(state)));
    for (String name : names) {
      users.put(name, new CurrentUser(name,
          identity.createGroupQuery().groupMember(name).list().stream().map(Group::getId).toList()));
    }
  }

  @Override
  public long create(String title, String text) {
    return documents.create(new Documents.NewDocument(DocumentType.CONCEPT_PAPER, title, "KZ", null,
        Submission.text(text)), user("kz.delegate1")).id();
  }

  @Override
  public void register(long document, String symbol) {
    documents.register(document, new Registration(symbol), user("secretariat.officer"));
  }

  @Override
  public void give(long document, String delegation, String kind, String text) {
    negotiation.give(document, new GivePosition(delegation, PositionKind.valueOf(kind), text, null),
        user(delegate(delegation)));
  }

  @Override
  public void revise(long document, String text) {
    documents.upload(document, new Submission(null, VersionContent.text(text), "The amendment is taken."),
        user("kz.delegate1"));
  }

  @Override
  public void confirmConsensus(long document) {
    negotiation.confirmConsensus(document, new ConsensusConfirmation.Given("Consensus at the SWG"), user("swg.chair"));
  }

  @Override
  public void routeToMeeting(long document) {
    register.chooseRoute(document, new RouteChoice(SocRoute.MEETING), user("soc.chair"));
  }

  @Override
  public long convene(String title) {
    return meetings.convene(new Meetings.Convening(title, OffsetDateTime.now(ZoneOffset.UTC).plusDays(30).withNano(0),
        MeetingFormat.VIDEOCONFERENCE, null), user("secretariat.officer")).id();
  }

  @Override
  public void setAgenda(long meeting, long document) {
    meetings.setAgenda(meeting, List.of(document), user("secretariat.officer"));
  }

  @Override
  public boolean confirmAgenda(long meeting) {
    return meetings.confirmAgenda(meeting, user("secretariat.officer")).status() == MeetingStatus.AGENDA_CONFIRMED;
  }

  @Override
  public void openSession(long meeting) {
    meetings.openSession(meeting, user("soc.chair"));
  }

  @Override
  public void approve(long meeting, long document) {
    meetings.decide(meeting, new MeetingCommands.DecideItem(document, SocOutcome.APPROVED, List.of(), null)
        .withPassword(HttpSteps.DEMO_PASSWORD), user("soc.chair"));
  }

  private CurrentUser user(String name) {
    return users.get(name);
  }

  private static String delegate(String state) {
    return state.toLowerCase(java.util.Locale.ROOT) + ".delegate1";
  }
}
