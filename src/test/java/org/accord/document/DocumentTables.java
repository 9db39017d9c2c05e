package org.accord.document;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A private in-memory H2 with Accord's migrations, a few parties and the documents a test adds: the
 * library's real queries, for tests of the pages that ask them (through a mocked {@link Documents}).
 */
public final class DocumentTables {

  /** The forum's time zone, in which a document's year is counted. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Almaty");

  private final DataSource dataSource;
  private final JdbcClient jdbc;
  private final DocumentRepository documents;

  public DocumentTables() {
    dataSource = new DriverManagerDataSource(
        "jdbc:h2:mem:documents-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    jdbc = JdbcClient.create(dataSource);
    documents = new DocumentRepository(jdbc);
    party("KZ", "Kazakhstan", "Казахстан", "MEMBER_STATE");
    party("IN", "India", "Индия", "MEMBER_STATE");
    party("RU", "Russia", "Россия", "MEMBER_STATE");
    party("SEC", "CICA Secretariat", "Секретариат СВМДА", "SECRETARIAT");
    party("UN", "United Nations", "Организация Объединённых Наций", "OBSERVER_ORGANISATION");
  }

  public DataSource dataSource() {
    return dataSource;
  }

  public JdbcClient jdbc() {
    return jdbc;
  }

  /** Adds a document created and last changed at these times; a null symbol is unregistered. */
  public long add(DocumentType type, String title, String symbol, String coordinator, DocumentStatus status,
      OffsetDateTime createdAt, OffsetDateTime changedAt) {
    long id = documents.insert(type, title, coordinator, null, status, "test", createdAt);
    jdbc.sql("update document set symbol = ?, updated_at = ? where id = ?").params(symbol, changedAt, id).update();
    return id;
  }

  /** Adds version 1 of a document, as text, and returns its id. */
  public long addVersion(long documentId, String sha256) {
    jdbc.sql("""
            insert into document_version (document_id, number, media_type, content, size_bytes, sha256, uploaded_by, uploaded_at)
            values (?, 1, 'text/plain', ?, 1, ?, 'test', current_timestamp)""")
        .params(documentId, new byte[] {'x'}, sha256).update();
    return jdbc.sql("select max(id) from document_version").query(Long.class).single();
  }

  public List<Document> find(DocumentFilter filter, int offset, int limit) {
    return documents.matching(filter, ZONE, offset, limit);
  }

  public long count(DocumentFilter filter) {
    return documents.countMatching(filter, ZONE);
  }

  private void party(String code, String name, String russianName, String kind) {
    jdbc.sql("insert into delegation (code, name, kind, group_id, name_ru) values (?, ?, ?, ?, ?)")
        .params(code, name, kind, "delegation-" + code.toLowerCase(), russianName).update();
  }
}
