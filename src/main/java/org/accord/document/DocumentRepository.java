package org.accord.document;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.accord.system.TextSearch;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class DocumentRepository {

  private static final String SELECT = """
      select id, type, title, symbol, coordinator_code, status, process_instance_id, package_of,
             created_by, created_at, updated_at, withdrawn_by, withdrawn_at, withdrawal_reason
      from document""";

  private final JdbcClient jdbc;

  DocumentRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(DocumentType type, String title, String coordinatorCode, Long packageOf,
      DocumentStatus status, String createdBy, OffsetDateTime now) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into document (type, title, coordinator_code, package_of, status, created_by, created_at, updated_at)
            values (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(type.name(), title, coordinatorCode, packageOf, status.name(), createdBy, now, now)
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  Optional<Document> find(long id) {
    return jdbc.sql(SELECT + " where id = ?").param(id).query(DocumentRepository::map).optional();
  }

  Optional<Document> findBySymbol(String symbol) {
    return jdbc.sql(SELECT + " where symbol = ?").param(symbol).query(DocumentRepository::map).optional();
  }

  /** The symbols given so far to documents of the type, for the next one's number. */
  List<String> symbolsOf(DocumentType type) {
    return jdbc.sql("select symbol from document where type = ? and symbol is not null").param(type.name())
        .query(String.class).list();
  }

  /** Reads the document and locks its row until the transaction ends. */
  Optional<Document> findForUpdate(long id) {
    return jdbc.sql(SELECT + " where id = ? for update").param(id).query(DocumentRepository::map).optional();
  }

  /** The document whose own approval process is this instance (not a staff matrix riding on it). */
  Optional<Document> findCarrier(String processInstanceId) {
    return jdbc.sql(SELECT + " where process_instance_id = ? and package_of is null").param(processInstanceId)
        .query(DocumentRepository::map).optional();
  }

  Map<String, Document> findCarriers(Collection<String> processInstanceIds) {
    if (processInstanceIds.isEmpty()) {
      return Map.of();
    }
    return jdbc.sql(SELECT + " where process_instance_id in (:ids) and package_of is null")
        .param("ids", processInstanceIds).query(DocumentRepository::map).list().stream()
        .collect(Collectors.toMap(Document::processInstanceId, document -> document));
  }

  Map<Long, Document> findAll(List<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return jdbc.sql(SELECT + " where id in (:ids)").param("ids", ids).query(DocumentRepository::map).list().stream()
        .collect(Collectors.toMap(Document::id, document -> document));
  }

  List<Document> carriersWithStatus(DocumentStatus status) {
    return jdbc.sql(SELECT + " where status = ? and package_of is null order by updated_at, id").param(status.name())
        .query(DocumentRepository::map).list();
  }

  List<Document> page(DocumentStatus status, DocumentType type, int offset, int limit) {
    return jdbc.sql(SELECT + " " + """
             where (cast(:status as varchar(32)) is null or status = :status)
               and (cast(:type as varchar(32)) is null or type = :type)
             order by updated_at desc, id desc
             limit :limit offset :offset""")
        .param("status", status == null ? null : status.name())
        .param("type", type == null ? null : type.name())
        .param("limit", limit)
        .param("offset", offset)
        .query(DocumentRepository::map)
        .list();
  }

  long count(DocumentStatus status, DocumentType type) {
    return jdbc.sql("""
            select count(*) from document
             where (cast(:status as varchar(32)) is null or status = :status)
               and (cast(:type as varchar(32)) is null or type = :type)""")
        .param("status", status == null ? null : status.name())
        .param("type", type == null ? null : type.name())
        .query(Long.class)
        .single();
  }

  /** One page of the documents the filter lets through, last changed first: one query. */
  List<Document> matching(DocumentFilter filter, ZoneId zone, int offset, int limit) {
    Where where = Where.of(filter, zone);
    return where.bind(jdbc.sql(SELECT + where.sql + " order by updated_at desc, id desc limit :limit offset :offset"))
        .param("limit", limit)
        .param("offset", offset)
        .query(DocumentRepository::map)
        .list();
  }

  long countMatching(DocumentFilter filter, ZoneId zone) {
    Where where = Where.of(filter, zone);
    return where.bind(jdbc.sql("select count(*) from document" + where.sql)).query(Long.class).single();
  }

  /** The filter as SQL conditions, only those it sets, so that the database sees a plain query. */
  private record Where(String sql, Map<String, Object> params) {

    static Where of(DocumentFilter filter, ZoneId zone) {
      List<String> conditions = new ArrayList<>();
      Map<String, Object> params = new LinkedHashMap<>();
      if (filter.type() != null) {
        conditions.add("type = :type");
        params.put("type", filter.type().name());
      }
      if (filter.status() != null) {
        conditions.add("status = :status");
        params.put("status", filter.status().name());
      }
      if (filter.year() != null) {
        // A range rather than extract(year ...), so that an index on created_at serves it.
        conditions.add("created_at >= :from and created_at < :until");
        params.put("from", Year.of(filter.year()).atDay(1).atStartOfDay(zone).toOffsetDateTime());
        params.put("until", Year.of(filter.year() + 1).atDay(1).atStartOfDay(zone).toOffsetDateTime());
      }
      if (filter.coordinatorCode() != null) {
        conditions.add("coordinator_code = :coordinator");
        params.put("coordinator", filter.coordinatorCode());
      }
      if (filter.text() != null) {
        conditions.add("(lower(title) like :text escape '\\' or lower(symbol) like :text escape '\\')");
        params.put("text", TextSearch.containing(filter.text()));
      }
      return new Where(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), params);
    }

    JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
      params.forEach(statement::param);
      return statement;
    }
  }

  boolean symbolTaken(String symbol) {
    return jdbc.sql("select count(*) from document where symbol = ?").param(symbol)
        .query(Long.class).single() > 0;
  }

  void attachProcess(long id, String processInstanceId) {
    jdbc.sql("update document set process_instance_id = ? where id = ?")
        .params(processInstanceId, id).update();
  }

  void register(long id, String symbol, OffsetDateTime now) {
    jdbc.sql("update document set symbol = ?, updated_at = ? where id = ?")
        .params(symbol, now, id).update();
  }

  /** Changes the status of a document and of the documents travelling with it. */
  void changeStatus(long id, DocumentStatus status, OffsetDateTime now) {
    jdbc.sql("update document set status = ?, updated_at = ? where id = ? or package_of = ?")
        .params(status.name(), now, id, id).update();
  }

  void recordWithdrawal(long id, String userId, String reason, OffsetDateTime now) {
    jdbc.sql("""
            update document set withdrawn_by = ?, withdrawn_at = ?, withdrawal_reason = ?, updated_at = ?
             where id = ? or package_of = ?""")
        .params(userId, now, reason, now, id, id).update();
  }

  List<Document> companions(long id) {
    return jdbc.sql(SELECT + " where package_of = ? order by id").param(id).query(DocumentRepository::map).list();
  }

  private static Document map(ResultSet rs, int row) throws SQLException {
    return new Document(
        rs.getLong("id"),
        DocumentType.valueOf(rs.getString("type")),
        rs.getString("title"),
        rs.getString("symbol"),
        rs.getString("coordinator_code"),
        DocumentStatus.valueOf(rs.getString("status")),
        rs.getString("process_instance_id"),
        rs.getObject("package_of", Long.class),
        rs.getString("created_by"),
        rs.getObject("created_at", OffsetDateTime.class),
        rs.getObject("updated_at", OffsetDateTime.class),
        rs.getString("withdrawn_by"),
        rs.getObject("withdrawn_at", OffsetDateTime.class),
        rs.getString("withdrawal_reason"));
  }
}
