package org.accord.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Properties;

/**
 * The PostgreSQL server the benchmark runs on: the one named by ACCORD_BENCH_DB_URL (with ACCORD_BENCH_DB_USER and
 * ACCORD_BENCH_DB_PASSWORD), else the one on 127.0.0.1:5432 as postgres or root. Each workload gets a fresh database
 * (accord_bench_&lt;time&gt;_&lt;purpose&gt;), dropped at the end of the run.
 */
final class BenchDatabases {

  /** One fresh database: its JDBC URL and credentials. */
  record Database(String name, String url, String user, String password) {}

  private static final String RUN = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));

  private final String serverUrl;
  private final String user;
  private final String password;

  private BenchDatabases(String serverUrl, String user, String password) {
    this.serverUrl = serverUrl;
    this.user = user;
    this.password = password;
  }

  static BenchDatabases find() {
    String configured = System.getenv("ACCORD_BENCH_DB_URL");
    String password = env("ACCORD_BENCH_DB_PASSWORD", "");
    if (configured != null && !configured.isBlank()) {
      return new BenchDatabases(configured, env("ACCORD_BENCH_DB_USER", "postgres"), password);
    }
    String local = "jdbc:postgresql://127.0.0.1:5432/postgres";
    for (String candidate : new String[] {env("ACCORD_BENCH_DB_USER", "postgres"), "root"}) {
      try (Connection ignored = connect(local, candidate, password)) {
        return new BenchDatabases(local, candidate, password);
      } catch (SQLException e) {
        // try the next user
      }
    }
    throw new IllegalStateException("No PostgreSQL at ACCORD_BENCH_DB_URL or 127.0.0.1:5432 (as postgres or root)");
  }

  Database create(String purpose) {
    String name = "accord_bench_" + RUN + "_" + purpose;
    execute("create database " + name);
    return new Database(name, withDatabase(serverUrl, name), user, password);
  }

  void drop(Database database) {
    try {
      execute("drop database if exists " + database.name() + " with (force)");
    } catch (RuntimeException e) {
      System.err.println("Could not drop " + database.name() + ": " + e.getMessage());
    }
  }

  String server() {
    return serverUrl;
  }

  private void execute(String sql) {
    try (Connection connection = connect(serverUrl, user, password); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + " failed on " + serverUrl + ": " + e.getMessage(), e);
    }
  }

  static Connection connect(Database database) throws SQLException {
    return connect(database.url(), database.user(), database.password());
  }

  private static Connection connect(String url, String user, String password) throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", user);
    properties.setProperty("password", password);
    properties.setProperty("connectTimeout", "5");
    return DriverManager.getConnection(url, properties);
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

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
