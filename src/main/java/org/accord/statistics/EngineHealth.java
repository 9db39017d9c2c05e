package org.accord.statistics;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.accord.document.Document;
import org.accord.document.Documents;
import org.accord.notification.Notifications;
import org.accord.system.AccordClock;
import org.accord.system.OpenIncidents;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;

/**
 * What failed in the engine, read from its runtime (never its history), with each failure's document
 * found through the root of its process instance: a round or a silence procedure is called by its
 * document's approval process. A handful of queries whatever the number of failures.
 */
@Service
class EngineHealth {

  /** A page shows at most this many of each; the counts are whole. */
  static final int LISTED = 100;
  static final String COCKPIT = "/camunda/app/cockpit/default/#/process-instance/%s/runtime";
  static final String FAILING_JOB = "failingJob";
  private static final int MESSAGE = 500;

  private final RuntimeService runtime;
  private final ManagementService management;
  private final Documents documents;
  private final Notifications notifications;
  private final AccordClock clock;
  private final OpenIncidents openIncidents;

  EngineHealth(RuntimeService runtime, ManagementService management, Documents documents,
      Notifications notifications, AccordClock clock, OpenIncidents openIncidents) {
    this.runtime = runtime;
    this.management = management;
    this.documents = documents;
    this.notifications = notifications;
    this.clock = clock;
    this.openIncidents = openIncidents;
  }

  HealthReport report() {
    List<Incident> incidents = firstCauses();
    List<Job> failing = management.createJobQuery().withException().withRetriesLeft().orderByJobId().asc()
        .listPage(0, LISTED);
    Set<String> instances = new HashSet<>();
    incidents.forEach(incident -> instances.add(incident.getProcessInstanceId()));
    failing.forEach(job -> instances.add(job.getProcessInstanceId()));
    Origins origins = origins(instances);
    HealthReport.Jobs jobs = new HealthReport.Jobs(management.createJobQuery().executable().count(),
        management.createJobQuery().withException().withRetriesLeft().count(),
        openIncidents.count());
    // The outbox keeps real time, not the engine clock that tests move.
    OffsetDateTime dayAgo = OffsetDateTime.now(ZoneOffset.UTC).minusDays(1);
    return new HealthReport(clock.now(),
        incidents.stream().map(incident -> new HealthReport.Failure(incident.getId(),
            incident.getIncidentType(), origins.process(incident.getProcessInstanceId()),
            incident.getProcessInstanceId(), incident.getActivityId(), AccordClock.utc(incident.getIncidentTimestamp()),
            null, cut(incident.getIncidentMessage()), origins.document(incident.getProcessInstanceId()),
            COCKPIT.formatted(incident.getProcessInstanceId()))).toList(),
        failing.stream().map(job -> new HealthReport.Failure(job.getId(), FAILING_JOB,
            origins.process(job.getProcessInstanceId()), job.getProcessInstanceId(), job.getFailedActivityId(),
            AccordClock.utc(job.getDuedate()), job.getRetries(), cut(job.getExceptionMessage()),
            origins.document(job.getProcessInstanceId()), COCKPIT.formatted(job.getProcessInstanceId()))).toList(),
        jobs, notifications.outboxCounts(dayAgo));
  }

  /**
   * The first causes listed, the latest first: the incidents read a page at a time, the copies skipped,
   * until the list is full. A failure has one copy in each process above its own, so a few pages at most,
   * however many incidents are open.
   */
  private List<Incident> firstCauses() {
    List<Incident> causes = new ArrayList<>();
    for (int first = 0; causes.size() < LISTED; first += LISTED) {
      List<Incident> page = runtime.createIncidentQuery().orderByIncidentTimestamp().desc().orderByIncidentId().asc()
          .listPage(first, LISTED);
      page.stream().filter(incident -> incident.getId().equals(incident.getRootCauseIncidentId()))
          .limit(LISTED - causes.size()).forEach(causes::add);
      if (page.size() < LISTED) {
        break;
      }
    }
    return causes;
  }

  /** Each process instance with the key of its process and the document at its root: two queries. */
  private Origins origins(Set<String> instances) {
    if (instances.isEmpty()) {
      return new Origins(Map.of(), Map.of());
    }
    Map<String, ProcessInstance> byId = runtime.createProcessInstanceQuery().processInstanceIds(instances).list()
        .stream().collect(Collectors.toMap(ProcessInstance::getId, Function.identity()));
    Set<String> roots = byId.values().stream()
        .map(instance -> instance.getRootProcessInstanceId() == null ? instance.getId() : instance.getRootProcessInstanceId())
        .collect(Collectors.toSet());
    return new Origins(byId, documents.carriedBy(roots));
  }

  private record Origins(Map<String, ProcessInstance> instances, Map<String, Document> byRoot) {

    String process(String processInstanceId) {
      ProcessInstance instance = instances.get(processInstanceId);
      return instance == null ? null : instance.getProcessDefinitionKey();
    }

    HealthReport.FailedDocument document(String processInstanceId) {
      ProcessInstance instance = instances.get(processInstanceId);
      if (instance == null) {
        return null;
      }
      String root = instance.getRootProcessInstanceId() == null ? instance.getId() : instance.getRootProcessInstanceId();
      Document document = byRoot.get(root);
      return document == null ? null : new HealthReport.FailedDocument(document.id(), document.symbol(), document.title());
    }
  }

  private static String cut(String message) {
    return message == null || message.length() <= MESSAGE ? message : message.substring(0, MESSAGE - 1) + "…";
  }
}
