package org.accord.decision;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.accord.acting.ActingChairs;
import org.accord.document.Document;
import org.accord.document.Documents;
import org.accord.security.CurrentUser;
import org.accord.security.Role;
import org.accord.system.AccordClock;
import org.accord.system.Inputs;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SOC Chair's choice of route, recorded when "Choose the route to the SOC" completes, and read
 * by document-approval's gateway as {@code ${socRoute.chosen(execution)}}. Public because the
 * expression language calls it by reflection.
 */
@Component("socRoute")
public class RouteSteps {

  private final JdbcClient jdbc;
  private final Documents documents;
  private final AccordClock clock;
  private final ActingChairs actingChairs;

  RouteSteps(JdbcClient jdbc, Documents documents, AccordClock clock, ActingChairs actingChairs) {
    this.actingChairs = actingChairs;
    this.jdbc = jdbc;
    this.documents = documents;
    this.clock = clock;
  }

  /** MEETING or SILENCE: the route last chosen for the document this process carries. */
  public String chosen(DelegateExecution execution) {
    long documentId = documents.carriedBy(execution.getProcessInstanceId()).id();
    return latest(documentId).map(chosen -> chosen.route().name())
        .orElseThrow(() -> new IllegalStateException("No route was chosen for document " + documentId));
  }

  /** Silence must be allowed for the document's type (its routing). */
  void record(Document document, RouteChoice choice, CurrentUser actor) {
    actor.require(Role.SOC_CHAIR);
    SocRoute route = choice.checked(documents.routing(document.id()));
    jdbc.sql("""
            insert into soc_route_choice (document_id, route, chosen_by, chosen_at, acting_for)
            values (?, ?, ?, ?, ?)""")
        .params(document.id(), route.name(), actor.id(), clock.now(), actingChairs.actingFor(actor, Role.SOC_CHAIR))
        .update();
  }

  /** The route last chosen for the document, if one was: the route section says who chose it. */
  Optional<ChosenRoute> latest(long documentId) {
    return jdbc.sql("""
            select route, chosen_by, acting_for, chosen_at from soc_route_choice
             where document_id = ? order by chosen_at desc, id desc limit 1""")
        .param(documentId)
        .query((rs, row) -> new ChosenRoute(SocRoute.valueOf(rs.getString("route")), rs.getString("chosen_by"),
            rs.getString("acting_for"), rs.getObject("chosen_at", OffsetDateTime.class)))
        .optional();
  }
}
