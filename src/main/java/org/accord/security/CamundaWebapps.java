package org.accord.security;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Which of Camunda's webapps the signed-in user can use, asked the way the webapps ask themselves
 * when they sign a user in: the engine's ACCESS grant on the application (seeded by the forum, changed
 * in Camunda Admin). The navigation links only what opens, never a 403. Templates call it as {@code @webapps}.
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
