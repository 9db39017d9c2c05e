package org.accord.system;

import java.time.OffsetDateTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Reads the ids and routing facts Accord keeps in process variables. */
public final class ProcessVariables {

  private ProcessVariables() {}

  public static long documentId(VariableScope scope) {
    return longOf(scope, "documentId");
  }

  public static long longOf(VariableScope scope, String name) {
    if (scope.getVariable(name) instanceof Number number) {
      return number.longValue();
    }
    throw new IllegalStateException("The process variable " + name + " is missing");
  }

  public static String stringOf(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString();
  }

  /** Timers read dates; Accord's records use offset date-times. */
  public static Date date(OffsetDateTime time) {
    return Date.from(time.toInstant());
  }
}
