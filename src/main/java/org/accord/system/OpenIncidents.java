package org.accord.system;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The engine's open incidents, each failure counted once: its first cause (an incident whose root
 * cause is itself), not the copies the engine makes in every process that called the failing one.
 * Camunda's incident query cannot tell the two apart, hence a count over its runtime table. The
 * dashboard's health and Prometheus's camunda_incidents_open both count this, so they agree.
 */
@Component
public class OpenIncidents {

  private final JdbcClient jdbc;

  OpenIncidents(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long count() {
    return jdbc.sql("select count(*) from act_ru_incident where id_ = root_cause_incident_id_").query(Long.class).single();
  }
}
