package org.accord.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * On PostgreSQL Flyway owns the whole schema: Camunda's tables come from the engine jar's scripts
 * as Flyway's migration 3.1, the engine starts after Flyway and only checks them. A database whose
 * engine created them before keeps them, and the migration is only recorded there.
 */
@AccordIntegrationTest
class CamundaSchemaIT {

  /** A schema of the run's database standing for an Accord database of before migration 3.1. */
  private static final String ENGINE_FIRST = "engine_first";

  @Autowired JdbcClient jdbc;
  @Autowired Environment environment;
  @Autowired ProcessEngine processEngine;
  @Autowired RepositoryService repositoryService;
  @Autowired Flyway flyway;
  @Autowired ConfigurableListableBeanFactory beanFactory;

  record Migration(String version, String description, String type, String script, Integer checksum, boolean success) {}

  @AfterEach
  void dropTheEngineFirstSchema() {
    jdbc.sql("drop schema if exists " + ENGINE_FIRST + " cascade").update();
  }

  @Test
  void shouldCreateCamundasSchemaWithFlywayAndStartTheEngineOnIt() {
    // given the application started on a fresh PostgreSQL database with the postgres profile

    // then Flyway applied Accord's migrations, then Camunda's schema, all successfully
    assertThat(jdbc.sql("select version from flyway_schema_history order by installed_rank").query(String.class).list())
        .startsWith("1", "2", "3", "3.1");
    assertThat(history("flyway_schema_history", "3.1")).isEqualTo(new Migration(
        "3.1", "Camunda schema on PostgreSQL", "JDBC", "org.accord.system.CamundaSchemaMigration", null, true));
    assertThat(jdbc.sql("select count(*) from flyway_schema_history where not success").query(Long.class).single())
        .isZero();

    // and the engine was told not to touch the schema, and started after Flyway
    assertThat(environment.getProperty("camunda.bpm.database.schema-update")).isEqualTo("false");
    assertThat(((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration()).getDatabaseSchemaUpdate())
        .isEqualTo("false");
    assertThat(beanFactory.getBeanDefinition("processEngineFactoryBean").getDependsOn()).contains("flywayInitializer");

    // and the schema is the one Camunda 7.24.0's scripts create: "fox" is the engine's constant
    // schema version (ProcessEngine.VERSION), the release is logged in ACT_GE_SCHEMA_LOG
    assertThat(jdbc.sql("select value_ from act_ge_property where name_ = 'schema.version'").query(String.class).single())
        .isEqualTo("fox").isEqualTo(ProcessEngine.VERSION);
    assertThat(jdbc.sql("select version_ from act_ge_schema_log").query(String.class).list()).containsExactly("7.24.0");

    // and the engine works on it: Accord's processes and routing table are deployed
    assertThat(repositoryService.createProcessDefinitionQuery().latestVersion().list())
        .extracting(ProcessDefinition::getKey)
        .containsExactlyInAnyOrder("document-approval", "negotiation-round", "silence-procedure", "soc-meeting");
    assertThat(repositoryService.createDecisionDefinitionQuery().latestVersion().list())
        .extracting(DecisionDefinition::getKey).containsExactly("documentRouting");
  }

  @Test
  void shouldOnlyRecordCamundasSchemaWhereTheEngineCreatedItBefore() {
    // given a database of before migration 3.1: Camunda's engine created its tables, then Flyway
    // applied Accord's V1 to V3 from a baseline
    DataSource engineFirst = dataSourceOn(ENGINE_FIRST);
    jdbc.sql("create schema " + ENGINE_FIRST).update();
    createCamundasSchemaWithTheEngine(engineFirst);
    flywayOn(engineFirst).javaMigrations().target("3").load().migrate();
    assertThat(versionsIn(ENGINE_FIRST)).containsExactly("0", "1", "2", "3");

    // when Accord starts on it with migration 3.1
    flywayOn(engineFirst).load().migrate();

    // then 3.1 is recorded as successful, and Camunda's tables are those the engine created:
    // had the scripts run again, "relation already exists" would have failed the migration
    assertThat(versionsIn(ENGINE_FIRST)).startsWith("0", "1", "2", "3", "3.1");
    assertThat(history(ENGINE_FIRST + ".flyway_schema_history", "3.1")).isEqualTo(new Migration(
        "3.1", "Camunda schema on PostgreSQL", "JDBC", "org.accord.system.CamundaSchemaMigration", null, true));
    assertThat(jdbc.sql("select version_ from " + ENGINE_FIRST + ".act_ge_schema_log").query(String.class).list())
        .containsExactly("7.24.0");
    assertThat(jdbc.sql("select value_ from " + ENGINE_FIRST + ".act_ge_property where name_ = 'historyLevel'")
        .query(String.class).single()).isEqualTo("3");
  }

  private Migration history(String table, String version) {
    return jdbc.sql("select version, description, type, script, checksum, success from " + table + " where version = ?")
        .param(version).query(Migration.class).single();
  }

  private List<String> versionsIn(String schema) {
    return jdbc.sql("select version from " + schema + ".flyway_schema_history order by installed_rank")
        .query(String.class).list();
  }

  /** Accord's own Flyway settings (locations, baseline, the Java migration), on another database. */
  private FluentConfiguration flywayOn(DataSource dataSource) {
    return Flyway.configure().configuration(flyway.getConfiguration()).dataSource(dataSource).schemas(ENGINE_FIRST);
  }

  /** What Accord's engine did with schema-update on: it created every part of its schema. */
  private static void createCamundasSchemaWithTheEngine(DataSource dataSource) {
    StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
    configuration.setProcessEngineName("engine-first");
    configuration.setDataSource(dataSource);
    configuration.setDatabaseSchemaUpdate("true");
    // The engine looks for its tables in this schema only, not in the run's own.
    configuration.setDatabaseSchema(ENGINE_FIRST);
    configuration.setDatabaseTablePrefix(ENGINE_FIRST + ".");
    configuration.setHistory("full");
    configuration.setJobExecutorActivate(false);
    configuration.setMetricsEnabled(false);
    configuration.buildProcessEngine().close();
  }

  /** Unpooled, so that no connection outlives the test and keeps the run's database from being dropped. */
  private DataSource dataSourceOn(String schema) {
    String url = environment.getRequiredProperty("spring.datasource.url");
    DriverManagerDataSource dataSource = new DriverManagerDataSource(
        url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema,
        environment.getRequiredProperty("spring.datasource.username"),
        environment.getProperty("spring.datasource.password", ""));
    dataSource.setDriverClassName("org.postgresql.Driver");
    return dataSource;
  }
}
