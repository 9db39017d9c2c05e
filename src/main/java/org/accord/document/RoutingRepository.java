package org.accord.document;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The routing of each document, kept from the day it was registered. */
@Repository
class RoutingRepository {

  private final JdbcClient jdbc;

  RoutingRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(long documentId, RoutingTable.Determined determined, OffsetDateTime now) {
    Routing routing = determined.routing();
    jdbc.sql("""
            insert into document_routing (document_id, round_deadline, rounds_before_chair_rules,
              silence_procedure_allowed, reminder_lead, silence_rule, decision_definition_id, determined_at)
            values (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(documentId, routing.roundDeadline().toString(), routing.roundsBeforeChairRules(),
            routing.silenceProcedureAllowed(), routing.reminderLead().toString(), routing.silenceRule().name(),
            determined.decisionDefinitionId(), now)
        .update();
  }

  Optional<Routing> find(long documentId) {
    return jdbc.sql("""
            select round_deadline, rounds_before_chair_rules, silence_procedure_allowed, reminder_lead, silence_rule
            from document_routing where document_id = ?""")
        .param(documentId)
        .query((rs, row) -> new Routing(Duration.parse(rs.getString("round_deadline")),
            rs.getInt("rounds_before_chair_rules"), rs.getBoolean("silence_procedure_allowed"),
            Duration.parse(rs.getString("reminder_lead")), SilenceRule.valueOf(rs.getString("silence_rule"))))
        .optional();
  }
}
