package org.accord.acting;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.accord.security.CurrentUser;
import org.accord.security.Role;
import org.accord.system.AccordClock;
import org.accord.system.AsTheSystem;
import org.accord.system.ConflictException;
import org.accord.system.ForbiddenException;
import org.accord.system.Inputs;
import org.accord.system.InvalidInputException;
import org.accord.system.NotFoundException;
import org.accord.system.UserAction;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Acting chairs. A chair designates a user to act for them for a period; one acting chair per body at
 * a time. The designation takes effect when its period begins (at once if it begins now): the user
 * joins the chair's Camunda group, and with it the chair's candidate tasks, authorizations and pages.
 * It lapses when the period ends or the chair ends it: the membership Accord added is taken away
 * again, and with it what Camunda granted the user in their own name on the chair's open tasks they
 * claimed. {@link DesignationSchedule} brings designations up to date every half minute.
 */
@Service
public class ActingChairs {

  /** The bodies whose chairs may designate an acting chair. */
  static final List<Role> BODIES = List.of(Role.SWG_CHAIR, Role.SOC_CHAIR);
  /** A designation covers an absence, not a term of office. */
  static final Duration LONGEST = Duration.ofDays(366);
  /** A period typed as "now" a little while ago still starts now; earlier is a mistake. */
  private static final Duration GRACE = Duration.ofMinutes(10);

  private final DesignationRepository designations;
  private final IdentityService identity;
  private final TaskService tasks;
  private final AuthorizationService authorizations;
  private final AccordClock clock;

  ActingChairs(DesignationRepository designations, IdentityService identity, TaskService tasks,
      AuthorizationService authorizations, AccordClock clock) {
    this.designations = designations;
    this.identity = identity;
    this.tasks = tasks;
    this.authorizations = authorizations;
    this.clock = clock;
  }

  /** The chair designates a user to act for them; it takes effect at once if the period has begun. */
  @UserAction
  public Designation designate(Designation.Given given, CurrentUser chair) {
    Role body = given.body();
    if (body == null || !BODIES.contains(body)) {
      throw new InvalidInputException("refusal.acting.body");
    }
    requireChairInPerson(chair, body);
    String user = Inputs.required(given.user(), 64, "refusal.acting.userMissing", "refusal.acting.userMissing");
    if (user.equals(chair.id())) {
      throw new InvalidInputException("refusal.acting.self");
    }
    if (AsTheSystem.call(identity, () -> identity.createUserQuery().userId(user).count()) == 0) {
      throw new InvalidInputException("refusal.acting.unknownUser", user);
    }
    OffsetDateTime now = clock.now();
    OffsetDateTime startsAt = given.startsAt() == null ? now : given.startsAt();
    OffsetDateTime endsAt = given.endsAt();
    if (endsAt == null) {
      throw new InvalidInputException("refusal.acting.untilMissing");
    }
    if (startsAt.isBefore(now.minus(GRACE))) {
      throw new InvalidInputException("refusal.acting.startsInPast");
    }
    if (startsAt.isBefore(now)) {
      startsAt = now;
    }
    if (!endsAt.isAfter(startsAt)) {
      throw new InvalidInputException("refusal.acting.endsBeforeStart");
    }
    if (Duration.between(startsAt, endsAt).compareTo(LONGEST) > 0) {
      throw new InvalidInputException("refusal.acting.tooLong", LONGEST.toDays());
    }
    String reason = Inputs.note(given.reason());
    designations.lockSeat(body);
    if (isMember(user, body) && designations.inEffect(user, body).isEmpty()) {
      throw new InvalidInputException("refusal.acting.alreadyChair", user);
    }
    List<Designation> overlapping = designations.overlapping(body, startsAt, endsAt);
    if (!overlapping.isEmpty()) {
      Designation other = overlapping.get(0);
      throw new ConflictException("refusal.acting.overlap", other.actingUser(), other.startsAt(), other.endsAt());
    }
    long id = designations.insert(body, user, chair.id(), startsAt, endsAt, reason, now);
    bringUpToDate(body, now);
    return get(id);
  }

  /** The chair ends a designation before its period is over, or withdraws one not yet begun. */
  @UserAction
  public Designation end(long id, CurrentUser chair) {
    Designation designation = get(id);
    requireChairInPerson(chair, designation.body());
    designations.lockSeat(designation.body());
    designation = get(id);
    if (!designation.open() || designation.endedAt() != null) {
      throw new ConflictException("refusal.acting.alreadyOver", designation.actingUser());
    }
    OffsetDateTime now = clock.now();
    designations.ended(id, chair.id(), now);
    bringUpToDate(designation.body(), now);
    return get(id);
  }

  /** Every body's designations, brought up to date with the clock: due ones take effect, finished ones lapse. */
  @Transactional
  public void bringUpToDate() {
    OffsetDateTime now = clock.now();
    for (Role body : BODIES) {
      designations.lockSeat(body);
      bringUpToDate(body, now);
    }
  }

  /**
   * The chair the user acts for in the body now, or {@code null} when they act in their own right:
   * what each act of a chair records beside its actor.
   */
  public String actingFor(String userId, Role body) {
    return designations.inEffect(userId, body).map(Designation::actingFor).orElse(null);
  }

  /** The same, for the signed-in user or the user the engine runs a step for. */
  public String actingFor(CurrentUser user, Role body) {
    return actingFor(user.id(), body);
  }

  /** The designations in effect for the user: the layout tells them whom they act for, and until when. */
  public List<Designation> heldBy(String userId) {
    return designations.inEffect(userId);
  }

  /** The body's designations in effect or to come, soonest first. */
  public List<Designation> open(Role body) {
    return designations.open(body);
  }

  /** The body's latest designations that are over, latest first. */
  public List<Designation> past(Role body, int limit) {
    return designations.lapsed(body, limit);
  }

  public Designation get(long id) {
    return designations.find(id).orElseThrow(() -> new NotFoundException("refusal.acting.notFound", id));
  }

  /**
   * The users a chair may designate: every user of the forum but the body's chairs in their own right.
   * Two reads of the identity service and one of the designations, however many users there are.
   */
  public List<User> candidates(Role body) {
    Set<String> acting = designations.open(body).stream().filter(Designation::inEffect)
        .map(Designation::actingUser).collect(Collectors.toSet());
    Set<String> chairs = AsTheSystem.call(identity, () -> identity.createUserQuery().memberOfGroup(body.group()).list())
        .stream().map(User::getId).filter(id -> !acting.contains(id)).collect(Collectors.toSet());
    return AsTheSystem.call(identity, () -> identity.createUserQuery().orderByUserId().asc().list()).stream()
        .filter(user -> !chairs.contains(user.getId()))
        .toList();
  }

  /** Only a chair in their own right designates: an acting chair does not hand the office on. */
  private void requireChairInPerson(CurrentUser chair, Role body) {
    chair.require(body);
    if (actingFor(chair, body) != null) {
      throw new ForbiddenException("refusal.acting.notInPerson");
    }
  }

  private void bringUpToDate(Role body, OffsetDateTime now) {
    designations.over(body, now).forEach(over -> lapse(over, now));
    for (Designation due : designations.due(body, now)) {
      boolean added = !isMember(due.actingUser(), body);
      if (added) {
        AsTheSystem.run(identity, () -> identity.createMembership(due.actingUser(), body.group()));
      }
      designations.tookEffect(due.id(), added, now);
    }
  }

  private void lapse(Designation designation, OffsetDateTime now) {
    designations.lapsed(designation.id(), now);
    boolean stillActing = designations.inEffect(designation.actingUser(), designation.body()).isPresent();
    if (designation.tookEffectAt() != null && designations.addedMembership(designation.id()) && !stillActing) {
      AsTheSystem.run(identity, () -> {
        identity.deleteMembership(designation.actingUser(), designation.body().group());
        withdrawTaskGrants(designation.actingUser(), designation.body());
      });
    }
  }

  /**
   * Camunda gives a task's assignee READ and TASK_WORK on it in their own name, and keeps them when the
   * task is given back: without the group, the user would still see and work the chair's tasks they
   * claimed. Those go back to the chair's group, and those grants are withdrawn.
   */
  private void withdrawTaskGrants(String user, Role body) {
    for (Task task : tasks.createTaskQuery().taskCandidateGroup(body.group()).includeAssignedTasks().list()) {
      if (user.equals(task.getAssignee())) {
        tasks.setAssignee(task.getId(), null);
      }
      authorizations.createAuthorizationQuery().userIdIn(user).resourceType(Resources.TASK).resourceId(task.getId())
          .list().forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
    }
  }

  private boolean isMember(String user, Role body) {
    return AsTheSystem.call(identity, () -> identity.createUserQuery().userId(user).memberOfGroup(body.group()).count())
        > 0;
  }
}
