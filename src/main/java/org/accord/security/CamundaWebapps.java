package org.accord.security;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Which of Camunda's webapps the signed-in user can use, asked the way the webapps ask themselves
 * when they sign a user in: the engine's ACCESS grant on the application (seeded by the forum, changed
 * in Camunda Admin). The navigation links only what opens, never a 403. Templates call it as {@code @webapps}.
 * Like the webapps, it asks once per session, not on every page: a grant changed in Admin shows from
 * the next sign-in.
 */
@Component("webapps")
public class CamundaWebapps {

  private final ObjectProvider<ProcessEngine> engine;

  CamundaWebapps(ObjectProvider<ProcessEngine> engine) {
    this.engine = engine;
  }

  public boolean tasklist() {
    return mayUse("tasklist");
  }

  public boolean cockpit() {
    return mayUse("cockpit");
  }

  public boolean admin() {
    return mayUse("admin");
  }

  private boolean mayUse(String application) {
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    String remembered = CamundaWebapps.class.getName() + "." + application;
    if (request != null && request.getAttribute(remembered, RequestAttributes.SCOPE_SESSION) instanceof Boolean may) {
      return may;
    }
    boolean may = ask(application);
    if (request != null && CurrentUser.signedIn().isPresent()) {
      request.setAttribute(remembered, may, RequestAttributes.SCOPE_SESSION);
    }
    return may;
  }

  private boolean ask(String application) {
    ProcessEngine processEngine = engine.getIfAvailable();
    CurrentUser user = CurrentUser.signedIn().orElse(null);
    if (processEngine == null || user == null) {
      return false;
    }
    if (!processEngine.getProcessEngineConfiguration().isAuthorizationEnabled()) {
      return true;
    }
    return processEngine.getAuthorizationService()
        .isUserAuthorized(user.id(), user.groups(), Permissions.ACCESS, Resources.APPLICATION, application);
  }
}
