package org.accord.audit;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The command-line verification: started with {@code --accord.audit.verify=true}, Accord verifies
 * the audit trail, prints what it found, and exits with 0 when it is intact, 1 when a link is broken.
 */
@Component
@ConditionalOnProperty(name = "accord.audit.verify", havingValue = "true")
class VerificationCommand implements ApplicationRunner {

  private final AuditTrail trail;
  private final ConfigurableApplicationContext context;

  VerificationCommand(AuditTrail trail, ConfigurableApplicationContext context) {
    this.trail = trail;
    this.context = context;
  }

  @Override
  public void run(ApplicationArguments arguments) {
    Verification verification = trail.verify();
    System.out.printf("Audit trail: %d entries, %d decisions, %d versions checked.%n", verification.entries(),
        verification.decisions(), verification.versions());
    if (verification.intact()) {
      System.out.println("Intact: every link holds.");
    } else {
      System.out.printf("BROKEN: the first broken link is %s (%s).%n", verification.firstBroken().what(),
          verification.firstBroken().why());
      verification.broken().stream().skip(1)
          .forEach(broken -> System.out.printf("  also: %s (%s)%n", broken.what(), broken.why()));
    }
    int status = verification.intact() ? 0 : 1;
    System.exit(SpringApplication.exit(context, () -> status));
  }
}
