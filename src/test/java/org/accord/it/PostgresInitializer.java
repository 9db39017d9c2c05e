package org.accord.it;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Points the application under test at the run's fresh PostgreSQL database and test mail server. */
class PostgresInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    TestPostgres.Database database = TestPostgres.acquire();
    // Registered first, so destroyed last: after the connection pool has closed.
    ((DefaultListableBeanFactory) context.getBeanFactory())
        .registerDisposableBean("accordTestDatabase", TestPostgres::release);
    TestPropertyValues.of(onTheTestServers(database)).applyTo(context.getEnvironment());
  }

  /** The application's settings for a test database and the test mail server, timers left to the tests. */
  static String[] onTheTestServers(TestPostgres.Database database) {
    return new String[] {
        "spring.datasource.url=" + database.url(),
        "spring.datasource.username=" + database.user(),
        "spring.datasource.password=" + database.password(),
        // Mail goes to a real SMTP server; timers are fired by the tests, on the engine clock.
        "accord.mail.enabled=true",
        "accord.mail.poll-interval=1s",
        // A mail the server keeps refusing is given up within seconds, not hours (MailOutboxIT).
        "accord.mail.first-retry-after=100ms",
        "accord.mail.last-retry-after=500ms",
        "spring.mail.host=127.0.0.1",
        "spring.mail.port=" + TestMailServer.port(),
        "camunda.bpm.job-execution.enabled=false",
        // The demo's users (not its documents): the tests act as the forum's delegates and chairs.
        "accord.demo-users=true"};
  }
}
