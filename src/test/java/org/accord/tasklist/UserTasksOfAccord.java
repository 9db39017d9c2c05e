package org.accord.tasklist;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFormData;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFormField;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Every user task of Accord's processes (bpmn/*.bpmn), as deployed, with its form fields. */
record UserTasksOfAccord(String process, UserTask task) {

  static List<UserTasksOfAccord> all() {
    try {
      Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:bpmn/*.bpmn");
      Arrays.sort(files, Comparator.comparing(Resource::getFilename));
      List<UserTasksOfAccord> tasks = new ArrayList<>();
      for (Resource file : files) {
        try (InputStream in = file.getInputStream()) {
          Bpmn.readModelFromStream(in).getModelElementsByType(UserTask.class)
              .forEach(task -> tasks.add(new UserTasksOfAccord(file.getFilename(), task)));
        }
      }
      return tasks;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  List<CamundaFormField> formFields() {
    return task.getExtensionElements() == null ? List.of()
        : task.getExtensionElements().getElementsQuery().filterByType(CamundaFormData.class).list().stream()
            .flatMap(form -> form.getCamundaFormFields().stream()).toList();
  }

  @Override
  public String toString() {
    return process + " " + task.getId();
  }
}
