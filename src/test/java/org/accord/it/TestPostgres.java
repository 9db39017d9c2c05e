package org.accord.it;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL the integration tests run against, found in this order: the server named by
 * ACCORD_TEST_DB_URL; else the one on localhost:5432; else an embedded PostgreSQL (zonky), which
 * refuses to run as root. Each test run creates its own fresh database and drops it at the end, so
 * runs never see each other's data.
 */
public final class TestPostgres {

  /** A database for this run, and how to get rid of it once the last application using it closed. */
  public record Database(String url, String user, String password, Runnable dispose) {}

  private static final Logger log = LoggerFactory.getLogger(TestPostgres.class);
  private static final String LOCAL_SERVER = "jdbc:postgresql://localhost:5432/postgres";
  private static Database database;
  private static int users;

  private TestPostgres() {}

  /** Called by each application context (or other user) that starts on the test database. */
  public static synchronized Database acquire() {
    if (database == null) {
      database = create();
    }
    users++;
    return database;
  }

  /**
   * A database of the caller's own, not shared with the other tests' applications (a test that cuts
   * its database, kills the application on it, or starts a cluster on it); the caller disposes of it.
   */
  public static Database own() {
    return create();
  }

  /** Called when such a context (or other user) has closed: the last one out drops the database. */
  public static synchronized void release() {
    users--;
    if (users == 0 && database != null) {
      database.dispose().run();
      database = null;
    }
  }

  private static Database create() {
    String configured = System.getenv("ACCORD_TEST_DB_URL");
    if (configured != null && !configured.isBlank()) {
      return freshDatabaseOn(configured, env("ACCORD_TEST_DB_USER", "postgres"), env("ACCORD_TEST_DB_PASSWORD", ""));
    }
    for (String user : new String[] {env("ACCORD_TEST_DB_USER", "postgres"), "root"}) {
      if (reachable(LOCAL_SERVER, user, env("ACCORD_TEST_DB_PASSWORD", ""))) {
        return freshDatabaseOn(LOCAL_SERVER, user, env("ACCORD_TEST_DB_PASSWORD", ""));
      }
    }
    return embedded();
  }

  private static Database freshDatabaseOn(String serverUrl, String user, String password) {
    String name = "accord_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection connection = connect(serverUrl, user, password);
        Statement statement = connection.createStatement()) {
      statement.execute("create database " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create a fresh test database on " + serverUrl
          + " as " + user + " (the user needs CREATEDB): " + e.getMessage(), e);
    }
    log.info("Integration tests use the fresh database {} on {}", name, serverUrl);
    return new Database(withDatabase(serverUrl, name), user, password,
        () -> drop(serverUrl, user, password, name));
  }

  private static Database embedded() {
    if ("root".equals(System.getProperty("user.name"))) {
      throw new IllegalStateException("No PostgreSQL at ACCORD_TEST_DB_URL or localhost:5432, and the "
          + "embedded PostgreSQL cannot run as root. Start PostgreSQL or set ACCORD_TEST_DB_URL.");
    }
    try {
      EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
      log.info("Integration tests use an embedded PostgreSQL on port {}", postgres.getPort());
      return new Database(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "", () -> {
        try {
          postgres.close();
        } catch (IOException e) {
          log.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
      });
    } catch (IOException e) {
      throw new IllegalStateException("The embedded PostgreSQL did not start", e);
    }
  }

  /** Replaces the database name in a JDBC URL, keeping host, port and parameters. */
  static String withDatabase(String url, String name) {
    int query = url.indexOf('?');
    String base = query < 0 ? url : url.substring(0, query);
    String params = query < 0 ? "" : url.substring(query);
    int slash = base.lastIndexOf('/');
    if (slash < "jdbc:postgresql://".length()) {
      return base + "/" + name + params;
    }
    return base.substring(0, slash + 1) + name + params;
  }

  private static void drop(String serverUrl, String user, String password, String name) {
    try (Connection connection = connect(serverUrl, user, password);
        Statement statement = connection.createStatement()) {
      statement.execute("drop database if exists " + name);
    } catch (SQLException e) {
      log.warn("Could not drop the test database {}: {}", name, e.getMessage());
    }
  }

  private static boolean reachable(String url, String user, String password) {
    try (Connection ignored = connect(url, user, password)) {
      return true;
    } catch (SQLException e) {
      return false;
    }
  }

  private static Connection connect(String url, String user, String password) throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", user);
    properties.setProperty("password", password);
    properties.setProperty("connectTimeout", "3");
    return DriverManager.getConnection(url, properties);
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
