package org.accord.forum;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import java.util.Map;
import org.accord.forum.ForumMembers.Group;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.springframework.stereotype.Component;

/**
 * Camunda's side of "who may do what". Position tasks need no grant here: the engine gives a
 * task's candidate group READ and TASK_WORK on that task alone. Administrators get everything.
 */
@Component
class AuthorizationSeeder {

  static final String MY_TASKS_FILTER = "My tasks";

  private final AuthorizationService authorizationService;
  private final FilterService filterService;
  private final TaskService taskService;

  AuthorizationSeeder(AuthorizationService authorizationService, FilterService filterService,
      TaskService taskService) {
    this.authorizationService = authorizationService;
    this.filterService = filterService;
    this.taskService = taskService;
  }

  void seed(List<Delegation> delegations, List<Group> groups) {
    for (Resource resource : Resources.values()) {
      grant(ForumGroups.ADMINISTRATORS, resource, ANY, Permissions.ALL);
    }
    String filterId = myTasksFilter();
    for (Group group : groups) {
      if (group.id().equals(ForumGroups.ADMINISTRATORS) || group.id().equals(ForumGroups.OBSERVERS)
          || isObserver(group.id(), delegations)) {
        continue;
      }
      grant(group.id(), Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      grant(group.id(), Resources.FILTER, filterId, Permissions.READ);
      grant(group.id(), Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
    }
  }

  private static boolean isObserver(String groupId, List<Delegation> delegations) {
    return delegations.stream()
        .anyMatch(d -> d.groupId().equals(groupId) && !d.holdsPosition()
            && d.kind() != DelegationKind.SECRETARIAT);
  }

  private void grant(String groupId, Resource resource, String resourceId, Permission permission) {
    Authorization authorization = authorizationService.createAuthorizationQuery()
        .groupIdIn(groupId)
        .resourceType(resource)
        .resourceId(resourceId)
        .singleResult();
    if (authorization == null) {
      authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
      authorization.setGroupId(groupId);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    } else if (authorization.isPermissionGranted(permission)) {
      return;
    }
    authorization.addPermission(permission);
    authorizationService.saveAuthorization(authorization);
  }

  /** The Tasklist filter every forum member starts with: tasks for me or for my groups. */
  private String myTasksFilter() {
    Filter filter = filterService.createTaskFilterQuery().filterName(MY_TASKS_FILTER).singleResult();
    if (filter == null) {
      filter = filterService.newTaskFilter(MY_TASKS_FILTER)
          .setQuery(taskService.createTaskQuery()
              .taskCandidateUserExpression("${currentUser()}")
              .includeAssignedTasks())
          .setProperties(Map.of(
              "description", "Tasks for me and for my delegation or body",
              "priority", -10,
              "refresh", true,
              "variables", List.of(
                  Map.of("name", "documentId", "label", "Document"),
                  Map.of("name", "delegationGroup", "label", "Delegation"))));
      filterService.saveFilter(filter);
    }
    return filter.getId();
  }
}
