package org.accord.system;

import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDependsOnDatabaseInitializationDetector;

/**
 * The process engine is built only after Flyway has migrated the database. On PostgreSQL Camunda's
 * tables come from {@link CamundaSchemaMigration} and the engine, with schema-update off, refuses an
 * empty database. On H2 the order is the same, so no start depends on which bean Spring happens to
 * create first.
 *
 * <p>Spring Boot makes the beans of these types depend on every database initializer it knows
 * (Flyway's {@code flywayInitializer}); Camunda's starter builds the engine in the
 * {@code processEngineFactoryBean}. Listed in {@code META-INF/spring.factories}, which is how Boot
 * finds such detectors.
 */
class EngineAfterFlyway extends AbstractBeansOfTypeDependsOnDatabaseInitializationDetector {

  @Override
  protected Set<Class<?>> getDependsOnDatabaseInitializationBeanTypes() {
    return Set.of(ProcessEngine.class, ProcessEngineFactoryBean.class);
  }
}
