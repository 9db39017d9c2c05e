package org.accord.audit;

import java.lang.reflect.Method;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.accord.security.CurrentUser;
import org.aspectj.lang.ProceedingJoinPoint;
import org.aspectj.lang.annotation.Around;
import org.aspectj.lang.annotation.Aspect;
import org.aspectj.lang.reflect.MethodSignature;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Every {@link org.accord.system.UserAction}, whichever page or API called it, goes on the audit trail
 * with its transaction: who, which action ("Negotiation.givePosition"), on what ("documentId=7") and
 * the simple values given (long texts cut, typed content named, never copied). An action that fails
 * leaves no entry: its transaction rolls back (a refusal of rights is on the trail as the refused
 * request, {@link RefusedRequests}). Innermost of the advice around an action, so that it runs inside
 * the action's transaction.
 */
@Aspect
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class AuditedActions {

  private static final int VALUE_LIMIT = 120;

  private final AuditTrail trail;

  AuditedActions(AuditTrail trail) {
    this.trail = trail;
  }

  @Around("@annotation(org.accord.system.UserAction)")
  Object audited(ProceedingJoinPoint action) throws Throwable {
    MethodSignature signature = (MethodSignature) action.getSignature();
    Method method = signature.getMethod();
    String name = method.getDeclaringClass().getSimpleName() + "." + method.getName();
    Object[] args = action.getArgs();
    String[] names = signature.getParameterNames();
    String actor = null;
    String subject = null;
    List<String> detail = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String parameter = names == null ? "arg" + i : names[i];
      Object value = args[i];
      if (value instanceof CurrentUser user) {
        actor = user.id();
      } else if (subject == null && (value instanceof Long || value instanceof Integer) && parameter.endsWith("Id")) {
        subject = parameter + "=" + value;
      } else if (value != null) {
        detail.add(parameter + "=" + described(value));
      }
    }
    Object result = action.proceed();
    trail.record(actor, name, subject, String.join("; ", detail));
    return result;
  }

  /** Numbers, enums and short texts as they are; a long text cut; anything else by its type's name. */
  private static String described(Object value) {
    if (value instanceof Number || value instanceof Enum<?> || value instanceof Boolean
        || value instanceof Temporal) {
      return value.toString();
    }
    if (value instanceof CharSequence text) {
      return text.length() <= VALUE_LIMIT ? text.toString() : text.subSequence(0, VALUE_LIMIT) + "…";
    }
    if (value instanceof Collection<?> values) {
      return values.size() <= 30 && values.stream().allMatch(v -> v instanceof CharSequence || v instanceof Number)
          ? values.toString() : values.size() + " items";
    }
    return value.getClass().getSimpleName();
  }
}
