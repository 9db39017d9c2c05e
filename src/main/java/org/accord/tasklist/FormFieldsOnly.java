package org.accord.tasklist;

import java.lang.reflect.Field;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.accord.system.ConflictException;
import org.accord.system.InMemoryValues;
import org.accord.system.InvalidInputException;
import org.accord.system.RefusedInput;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractVariableCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.PatchTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFormData;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFormField;
import org.springframework.stereotype.Component;
import org.springframework.util.ReflectionUtils;

/**
 * A user task takes its own form fields and nothing else. Whoever completes a task through Camunda's
 * Tasklist or REST API may send any variables with it, and variables are how the process would
 * otherwise carry facts (a round, a deadline) from step to step; so a completion, a form submission
 * or a change of a task's variables naming anything but the task's form fields is refused with 400
 * before the engine changes anything, whichever API it comes through. The one exception is the
 * live {@link TaskCommand} that Accord's own pages and API hand over in memory.
 *
 * <p>Camunda's commands keep their task id and variables in protected fields without getters, so
 * they are read by reflection; a test fails if an upgrade renames them.
 */
@Component
public class FormFieldsOnly extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = configuration.getCustomPostCommandInterceptorsTxRequired();
    if (interceptors == null) {
      interceptors = new java.util.ArrayList<>();
      configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
    }
    interceptors.add(new Guard());
  }

  /** Runs inside the command's context, before the command itself. */
  static final class Guard extends CommandInterceptor {

    private final Map<String, Set<String>> formFields = new ConcurrentHashMap<>();

    @Override
    public <T> T execute(Command<T> command) {
      if (command instanceof CompleteTaskCmd) {
        check(read(command, CompleteTaskCmd.class, "taskId"), read(command, CompleteTaskCmd.class, "variables"),
            RefusedInput::new);
        return refusalsAsBadInput(command);
      } else if (command instanceof SubmitTaskFormCmd) {
        check(read(command, SubmitTaskFormCmd.class, "taskId"), read(command, SubmitTaskFormCmd.class, "properties"),
            RefusedInput::new);
        return refusalsAsBadInput(command);
      } else if (command instanceof SetTaskVariablesCmd set) {
        check(read(set, AbstractVariableCmd.class, "entityId"),
            read(set, SetTaskVariablesCmd.class.getSuperclass(), "variables"), BadUserRequestException::new);
      } else if (command instanceof PatchTaskVariablesCmd patch) {
        // Camunda's REST API answers any other refusal of a bulk change with 500: this one is a 403.
        String taskId = read(patch, AbstractPatchVariablesCmd.class, "entityId");
        check(taskId, read(patch, AbstractPatchVariablesCmd.class, "variables"), AuthorizationException::new);
        checkNames(taskId, read(patch, AbstractPatchVariablesCmd.class, "deletions"), AuthorizationException::new);
      } else if (command instanceof RemoveTaskVariablesCmd remove) {
        checkNames(read(remove, AbstractVariableCmd.class, "entityId"),
            read(remove, RemoveTaskVariablesCmd.class.getSuperclass(), "variableNames"), AuthorizationException::new);
      }
      return next.execute(command);
    }

    /**
     * A task's listener, or a step that follows it in the same transaction, refuses what the fields
     * say (an objection without reasons) with Accord's own exception, which the engine wraps in its
     * own message ("ENGINE-03051 ..."). Camunda's REST API
     * would answer that with 500; given as bad input, it answers 400 with Accord's words, as Accord's
     * API does. The refusal stays the cause, so Accord's API still answers a conflict with 409.
     */
    private <T> T refusalsAsBadInput(Command<T> command) {
      try {
        return next.execute(command);
      } catch (RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
          if (cause instanceof InvalidInputException || cause instanceof ConflictException) {
            throw new RefusedInput(cause.getMessage(), e);
          }
          if (isFormValueRefusal(cause)) {
            throw new RefusedInput("A form field has a value it cannot take: " + cause.getMessage(), e);
          }
        }
        throw e;
      }
    }

    /**
     * The engine's own check of a form field's value ("Value '42' is not of type String"), or a value it
     * cannot read at all (a serialized object): a 500 otherwise.
     */
    private static boolean isFormValueRefusal(Throwable cause) {
      StackTraceElement[] where = cause.getStackTrace();
      if (where.length == 0) {
        return false;
      }
      String thrower = where[0].getClassName();
      return cause instanceof ProcessEngineException && thrower.startsWith("org.camunda.bpm.engine.impl.form.")
          || cause instanceof IllegalStateException && thrower.startsWith("org.camunda.bpm.engine.variable.");
    }

    /**
     * {@code refusal} is the exception Camunda's REST API answers with 400 on that path: a form
     * validation failure for a completion, a bad user request for a change of variables.
     */
    private void check(String taskId, Map<String, ?> variables, Function<String, ProcessEngineException> refusal) {
      if (variables == null || variables.isEmpty()) {
        return;
      }
      Set<String> names = new TreeSet<>(variables.keySet());
      if (names.remove(TaskForm.COMMAND) && !isLiveCommand(variables)) {
        names.add(TaskForm.COMMAND);
      }
      checkNames(taskId, names, refusal);
    }

    private void checkNames(String taskId, Collection<String> names, Function<String, ProcessEngineException> refusal) {
      if (taskId == null || names == null || names.isEmpty()) {
        return;
      }
      TaskEntity task = Context.getCommandContext().getTaskManager().findTaskById(taskId);
      if (task == null || task.getProcessDefinitionId() == null) {
        return; // the command itself refuses an unknown task; a task outside any process bends no process
      }
      Set<String> allowed = formFields.computeIfAbsent(task.getProcessDefinitionId() + "/" + task.getTaskDefinitionKey(),
          key -> fieldsOf(task.getBpmnModelElementInstance()));
      Set<String> foreign = new TreeSet<>(names);
      foreign.removeAll(allowed);
      if (!foreign.isEmpty()) {
        throw refusal.apply("The task \"" + bpmnName(task) + "\" takes only its own form fields "
            + (allowed.isEmpty() ? "(it has none)" : allowed) + "; refused: " + foreign + ".");
      }
    }

    /** The step's name in the model: Camunda Tasklist's name of the task also carries its document. */
    private static String bpmnName(TaskEntity task) {
      UserTask element = task.getBpmnModelElementInstance();
      return element == null || element.getName() == null ? task.getName() : element.getName();
    }

    private static boolean isLiveCommand(Map<String, ?> variables) {
      return variables instanceof VariableMap typed
          && InMemoryValues.read(typed.getValueTyped(TaskForm.COMMAND), TaskCommand.class) != null;
    }

    private static Set<String> fieldsOf(UserTask task) {
      TreeSet<String> fields = new TreeSet<>();
      ExtensionElements extensions = task == null ? null : task.getExtensionElements();
      if (extensions != null) {
        for (CamundaFormData form : extensions.getElementsQuery().filterByType(CamundaFormData.class).list()) {
          form.getCamundaFormFields().stream().map(CamundaFormField::getCamundaId).forEach(fields::add);
        }
      }
      return Collections.unmodifiableSortedSet(fields);
    }

    @SuppressWarnings("unchecked")
    private static <V> V read(Object command, Class<?> declaring, String name) {
      Field field = ReflectionUtils.findField(declaring, name);
      if (field == null) {
        throw new IllegalStateException("Camunda's " + declaring.getSimpleName() + " has no field " + name
            + " any more; FormFieldsOnly must follow the upgrade");
      }
      ReflectionUtils.makeAccessible(field);
      return (V) ReflectionUtils.getField(field, command);
    }
  }
}
