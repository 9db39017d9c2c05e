package org.accord.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.accord.AccordApplication;
import org.accord.forum.Forum;
import org.accord.meeting.Meetings;
import org.accord.security.CurrentUser;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Accord in the benchmark's own JVM, on the postgres profile, its web server on a random port: W1e drives its services
 * directly; W2 and W3 seed it and time its HTTP endpoints.
 */
final class InProcessAccord implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ConfigurableApplicationContext context;
  private final HttpSteps http;

  InProcessAccord(BenchDatabases.Database database) {
    this.context = new SpringApplicationBuilder(AccordApplication.class)
        .profiles("postgres")
        // as arguments, so that they win over the postgres profile's defaults, as an operator's would
        .run(arguments(database));
    int port = ((WebServerApplicationContext) context).getWebServer().getPort();
    this.http = new HttpSteps(HttpSteps.client(), "http://127.0.0.1:" + port);
  }

  private static String[] arguments(BenchDatabases.Database database) {
    List<String> arguments = new ArrayList<>(List.of("--spring.datasource.url=" + database.url(),
        "--spring.datasource.username=" + database.user(),
        "--spring.datasource.password=" + database.password(),
        "--server.port=0",
        "--accord.demo=false",
        "--accord.demo-users=true",
        "--accord.mail.enabled=false",
        // The seeding's bulk copies run for minutes in one statement: past the profile's socket timeout.
        "--spring.datasource.hikari.data-source-properties.socketTimeout=0",
        "--spring.main.banner-mode=off"));
    arguments.addAll(AccordProcess.extraArguments());
    return arguments.toArray(String[]::new);
  }

  ServiceSteps services() {
    return new ServiceSteps(context);
  }

  HttpSteps http() {
    return http;
  }

  String timeZone() {
    return context.getBean(Forum.class).timeZone().getId();
  }

  /** Documents created and registered through the services, {@code threads} at a time: each waits in its first round. */
  List<Long> documentsInNegotiation(int count, int threads, String tag) throws Exception {
    ServiceSteps steps = services();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Long>> created = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        int n = i;
        created.add(pool.submit(() -> {
          long id = steps.create("Benchmark paper in negotiation " + tag + "-" + n, "1. Draft " + tag + "-" + n + ".");
          steps.register(id, "BENCH/" + tag + "/" + n);
          return id;
        }));
      }
      List<Long> ids = new ArrayList<>();
      for (Future<Long> each : created) {
        ids.add(each.get());
      }
      return ids;
    } finally {
      pool.shutdownNow();
    }
  }

  /** Closes the meetings still in session (the cycle ends at the decision), with attendance, as the SOC Chair does. */
  void closeOpenMeetings() {
    Meetings meetings = context.getBean(Meetings.class);
    IdentityService identity = context.getBean(IdentityService.class);
    CurrentUser chair = new CurrentUser("soc.chair",
        identity.createGroupQuery().groupMember("soc.chair").list().stream().map(Group::getId).toList());
    List<Long> open = query("select id from soc_meeting where status = 'IN_SESSION'");
    for (long meeting : open) {
      meetings.recordAttendance(meeting, List.of("KZ", "RU", "CN"), chair);
      meetings.close(meeting, chair);
    }
  }

  List<Long> query(String sql) {
    try (Connection connection = dataSource().getConnection(); Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      List<Long> values = new ArrayList<>();
      while (rows.next()) {
        values.add(rows.getLong(1));
      }
      return values;
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  void execute(String sql) {
    try (Connection connection = dataSource().getConnection(); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  long copy(List<Long> templates, int copies, long stepSeconds) throws SQLException {
    try (Connection connection = dataSource().getConnection()) {
      return Clones.copy(connection, templates, copies, stepSeconds, timeZone());
    }
  }

  /** The "total" of a JSON page the user GETs. */
  long total(String user, String path) throws IOException {
    JsonNode page = JSON.readTree(Requests.check(http.get(user, path)).body());
    return page.get("total").asLong();
  }

  /** Accord's own connection pool: the seeding borrows from it rather than opening connections of its own. */
  private javax.sql.DataSource dataSource() {
    return context.getBean(javax.sql.DataSource.class);
  }

  @Override
  public void close() {
    context.close();
  }
}
