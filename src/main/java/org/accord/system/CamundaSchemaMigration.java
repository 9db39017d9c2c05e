package org.accord.system;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL Flyway owns the whole schema, Camunda's tables included, so that one history says
 * what the database holds and the engine (schema-update off there) only checks it. The DDL is the
 * engine jar's own create scripts, read from the classpath: they always match the engine that runs,
 * and none of it is copied into Accord.
 *
 * <p>A database whose engine created these tables before this migration existed keeps them: each
 * part that is already there is skipped, so the migration is then only recorded. On H2 it does
 * nothing: the embedded default keeps the engine's own schema-update.
 *
 * <p>A bean, because Spring Boot hands every {@link JavaMigration} bean to Flyway.
 */
@Component
class CamundaSchemaMigration implements JavaMigration {

  /**
   * Right after Accord's V3, which existing databases have applied, and below Accord's next SQL
   * migrations (V4, V5, ...). A higher number such as 100 would make Flyway refuse every later V4
   * to V99 as "resolved but not applied" on each database that had already applied it.
   */
  private static final MigrationVersion VERSION = MigrationVersion.fromVersion("3.1");

  private static final Logger log = LoggerFactory.getLogger(CamundaSchemaMigration.class);

  /** Camunda's parts in the order its engine creates them, each with a table that shows it exists. */
  private static final List<Part> PARTS = List.of(
      new Part("engine", "act_ru_execution"),
      new Part("history", "act_hi_procinst"),
      new Part("identity", "act_id_user"),
      new Part("case.engine", "act_re_case_def"),
      new Part("case.history", "act_hi_caseinst"),
      new Part("decision.engine", "act_re_decision_def"),
      new Part("decision.history", "act_hi_decinst"));

  private record Part(String name, String table) {

    ClassPathResource script() {
      return new ClassPathResource("org/camunda/bpm/engine/db/create/activiti.postgres.create." + name + ".sql",
          ProcessEngine.class.getClassLoader());
    }
  }

  @Override
  public MigrationVersion getVersion() {
    return VERSION;
  }

  @Override
  public String getDescription() {
    return "Camunda schema on PostgreSQL";
  }

  /**
   * None: the scripts belong to the engine jar, and a newer engine must not make Flyway refuse a
   * database this migration created earlier. Camunda keeps its own version in ACT_GE_SCHEMA_LOG.
   */
  @Override
  public Integer getChecksum() {
    return null;
  }

  /** PostgreSQL's DDL is transactional: a failing script leaves no half-built schema behind. */
  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    String database = connection.getMetaData().getDatabaseProductName();
    if (!"PostgreSQL".equals(database)) {
      log.info("Camunda's schema is left to the engine on {} (camunda.bpm.database.schema-update)", database);
      return;
    }
    for (Part part : PARTS) {
      if (exists(connection, part.table())) {
        log.info("Camunda's {} tables exist already (the engine created them): kept, not created again", part.name());
      } else {
        log.info("Creating Camunda's {} tables from {}", part.name(), part.script().getPath());
        ScriptUtils.executeSqlScript(connection, new EncodedResource(part.script(), StandardCharsets.UTF_8));
      }
    }
  }

  /** In the schema Flyway migrates: the same table in another schema does not count. */
  private static boolean exists(Connection connection, String table) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(
        "select 1 from information_schema.tables where table_schema = current_schema() and table_name = ?")) {
      query.setString(1, table);
      try (ResultSet found = query.executeQuery()) {
        return found.next();
      }
    }
  }
}
