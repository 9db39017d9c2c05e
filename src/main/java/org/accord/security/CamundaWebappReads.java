package org.accord.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.accord.forum.ForumGroups;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.form.FormField;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * What Camunda's webapp API shows of a process's variables. A delegate's Tasklist opens a generated form
 * and asks for the values of that form's fields by name ({@code task/{id}/form-variables?variableNames=…});
 * asked without names, or for anything else, the same endpoint would hand over every variable the task
 * sees. So non-administrators get exactly their task's form fields; the raw variable endpoints and
 * Cockpit's plugin API (statistics of every process) are the administrators'.
 */
class CamundaWebappReads implements AuthorizationManager<RequestAuthorizationContext> {

  private static final String ENGINE = "/camunda/api/engine/engine/*";

  static final RequestMatcher ADMINISTRATORS_ONLY = SecurityConfiguration.paths(
      "/camunda/api/cockpit/plugin/**",
      // Camunda Admin's plugins (the engine's usage metrics): Admin is the administrators' application.
      "/camunda/api/admin/plugin/**",
      ENGINE + "/variable-instance/**",
      ENGINE + "/variable-instance",
      ENGINE + "/process-instance/*/variables/**",
      ENGINE + "/process-instance/*/variables",
      ENGINE + "/execution/*/localVariables/**",
      ENGINE + "/execution/*/localVariables",
      ENGINE + "/task/*/variables/**",
      ENGINE + "/task/*/variables",
      ENGINE + "/task/*/localVariables/**",
      ENGINE + "/task/*/localVariables",
      ENGINE + "/history/variable-instance/**",
      ENGINE + "/history/variable-instance",
      ENGINE + "/history/detail/**",
      ENGINE + "/history/detail");

  static final RequestMatcher FORM_VARIABLES = SecurityConfiguration.paths(ENGINE + "/task/*/form-variables");

  private final ObjectProvider<FormService> forms;

  CamundaWebappReads(ObjectProvider<FormService> forms) {
    this.forms = forms;
  }

  @Override
  public AuthorizationDecision check(Supplier<Authentication> authentication, RequestAuthorizationContext context) {
    Authentication caller = authentication.get();
    if (caller == null || !caller.isAuthenticated() || caller instanceof AnonymousAuthenticationToken) {
      return new AuthorizationDecision(false);
    }
    if (caller.getAuthorities().stream()
        .anyMatch(role -> role.getAuthority().equals(Roles.PREFIX + ForumGroups.ADMINISTRATORS))) {
      return new AuthorizationDecision(true);
    }
    return new AuthorizationDecision(asksForFormFieldsOnly(context.getRequest()));
  }

  private boolean asksForFormFieldsOnly(HttpServletRequest request) {
    String names = request.getParameter("variableNames");
    FormService formService = forms.getIfAvailable();
    if (names == null || names.isBlank() || formService == null) {
      return false;
    }
    String path = request.getRequestURI();
    String[] segments = path.split("/");
    String taskId = segments[segments.length - 2];
    Set<String> fields;
    try {
      // The engine checks the caller's grant on the task when Tasklist then reads it; here only its form is read.
      fields = formService.getTaskFormData(taskId).getFormFields().stream()
          .map(FormField::getId)
          .collect(Collectors.toSet());
    } catch (ProcessEngineException unknownTask) {
      return false;
    }
    return Arrays.stream(names.split(",")).map(String::trim).allMatch(fields::contains);
  }
}
