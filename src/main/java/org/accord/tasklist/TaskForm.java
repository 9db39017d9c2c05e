package org.accord.tasklist;

import java.util.Date;
import java.util.function.Function;
import org.accord.system.InMemoryValues;
import org.accord.system.InvalidInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * What a completed task asks for, read once in its listener: the typed command Accord's pages and
 * API sent, or else the form fields Camunda Tasklist sent, parsed by {@code fromForm} into the same
 * command. The form fields are the task's own local variables (its input mapping), so nothing a
 * form sends reaches the process beyond the task.
 */
public final class TaskForm {

  /** The transient variable that carries a {@link TaskCommand}. */
  public static final String COMMAND = "accordCommand";

  private final DelegateTask task;

  private TaskForm(DelegateTask task) {
    this.task = task;
  }

  /** The command the task was completed with, typed whichever client completed it. */
  public static <C extends TaskCommand> C command(DelegateTask task, Class<C> type, Function<TaskForm, C> fromForm) {
    C sent = InMemoryValues.read(task.getVariableTyped(COMMAND, true), type);
    return sent != null ? sent : fromForm.apply(new TaskForm(task));
  }

  /** A form field as typed, or null when it was left empty. */
  public String text(String field) {
    Object value = task.getVariable(field);
    return value == null || value.toString().isBlank() ? null : value.toString();
  }

  /** A form field of type "date" (Tasklist sends a date), or a date and time typed as text. */
  public Object value(String field) {
    return task.getVariable(field);
  }

  /** A form field that must be a date; refused with the bundle key {@code missing} otherwise. */
  public Date date(String field, String missing) {
    Object value = task.getVariable(field);
    if (value instanceof Date date) {
      return date;
    }
    throw new InvalidInputException(missing);
  }
}
