package org.accord.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The web server takes requests as soon as the context is refreshed, before the startup runners
 * seed the forum (users, groups, authorizations) and load the demo. Until the last runner is done,
 * Accord says so: readiness is REFUSING_TRAFFIC (/actuator/health/readiness answers 503), and only
 * then ACCEPTING_TRAFFIC. The engine has deployed the processes before (during the refresh); the
 * readiness group checks them too (the "workflow" indicator).
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE) // after every seeder (ForumSeeder, DemoForum)
class StartupReadiness implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(StartupReadiness.class);

  private final ApplicationContext context;

  StartupReadiness(ApplicationContext context) {
    this.context = context;
  }

  @EventListener(ApplicationStartedEvent.class)
  void seedingBegins() {
    AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
    log.info("Refusing traffic until the forum is seeded");
  }

  @Override
  public void run(ApplicationArguments args) {
    AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
    log.info("Seeding done: accepting traffic");
  }
}
