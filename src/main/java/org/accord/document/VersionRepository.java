package org.accord.document;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.accord.system.Hashing;
import org.accord.system.TamperedRecordException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class VersionRepository {

  private static final String SELECT = """
      select id, document_id, number, file_name, media_type, size_bytes, sha256, attachment_name,
             attachment_media_type, attachment_sha256, note, uploaded_by, uploaded_at, frozen
      from document_version""";

  private final JdbcClient jdbc;

  VersionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Adds the next version; the caller holds the document's row lock, so numbers never collide. */
  DocumentVersion insert(long documentId, VersionContent content, VersionContent attachment, String note,
      String uploadedBy, OffsetDateTime now) {
    int number = jdbc.sql("select coalesce(max(number), 0) + 1 from document_version where document_id = ?")
        .param(documentId).query(Integer.class).single();
    var keys = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into document_version
              (document_id, number, file_name, media_type, content, size_bytes, sha256, attachment_name,
               attachment_media_type, attachment, attachment_sha256, note, uploaded_by, uploaded_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(documentId, number, content.fileName(), content.mediaType(), content.bytes(),
            (long) content.bytes().length, content.sha256(),
            attachment == null ? null : attachment.fileName(),
            attachment == null ? null : attachment.mediaType(),
            attachment == null ? null : attachment.bytes(),
            attachment == null ? null : attachment.sha256(),
            note, uploadedBy, now)
        .update(keys, "id");
    return find(keys.getKey().longValue()).orElseThrow();
  }

  Optional<DocumentVersion> find(long id) {
    return jdbc.sql(SELECT + " where id = ?").param(id).query(VersionRepository::map).optional();
  }

  Optional<DocumentVersion> latest(long documentId) {
    return jdbc.sql(SELECT + " where document_id = ? order by number desc limit 1")
        .param(documentId).query(VersionRepository::map).optional();
  }

  List<DocumentVersion> all(long documentId) {
    return jdbc.sql(SELECT + " where document_id = ? order by number").param(documentId)
        .query(VersionRepository::map).list();
  }

  /** The version's bytes, checked against the SHA-256 taken when they were stored. */
  Optional<VersionContent> content(long documentId, int number) {
    return jdbc.sql("""
            select file_name, media_type, content, sha256 from document_version where document_id = ? and number = ?""")
        .params(documentId, number)
        .query((rs, row) -> checked(new VersionContent(rs.getString("file_name"), rs.getString("media_type"),
            rs.getBytes("content")), rs.getString("sha256"), "version " + number + " of document " + documentId))
        .optional();
  }

  Optional<VersionContent> attachment(long documentId, int number) {
    return jdbc.sql("""
            select attachment_name, attachment_media_type, attachment, attachment_sha256 from document_version
             where document_id = ? and number = ? and attachment is not null""")
        .params(documentId, number)
        .query((rs, row) -> checked(new VersionContent(rs.getString("attachment_name"),
            rs.getString("attachment_media_type"), rs.getBytes("attachment")), rs.getString("attachment_sha256"),
            "the attachment of version " + number + " of document " + documentId))
        .optional();
  }

  /**
   * Every version whose bytes (or attachment) no longer match their SHA-256, read one row at a time:
   * the audit verification's check of the stored texts.
   */
  List<String> notMatchingTheirHash() {
    List<String> mismatches = new ArrayList<>();
    jdbc.sql("select document_id, number, content, sha256, attachment, attachment_sha256 from document_version order by id")
        .query(rs -> {
          String version = "version " + rs.getInt("number") + " of document " + rs.getLong("document_id");
          if (!Hashing.sha256Hex(rs.getBytes("content")).equals(rs.getString("sha256"))) {
            mismatches.add(version);
          }
          byte[] attachment = rs.getBytes("attachment");
          if (attachment != null && !Hashing.sha256Hex(attachment).equals(rs.getString("attachment_sha256"))) {
            mismatches.add("the attachment of " + version);
          }
        });
    return mismatches;
  }

  long count() {
    return jdbc.sql("select count(*) from document_version").query(Long.class).single();
  }

  private static VersionContent checked(VersionContent content, String sha256, String what) {
    if (!content.sha256().equals(sha256)) {
      throw new TamperedRecordException(what);
    }
    return content;
  }

  void freeze(long versionId) {
    jdbc.sql("update document_version set frozen = true where id = ?").param(versionId).update();
  }

  private static DocumentVersion map(ResultSet rs, int row) throws SQLException {
    return new DocumentVersion(
        rs.getLong("id"),
        rs.getLong("document_id"),
        rs.getInt("number"),
        rs.getString("file_name"),
        rs.getString("media_type"),
        rs.getLong("size_bytes"),
        rs.getString("sha256"),
        rs.getString("attachment_name"),
        rs.getString("attachment_media_type"),
        rs.getString("attachment_sha256"),
        rs.getString("note"),
        rs.getString("uploaded_by"),
        rs.getObject("uploaded_at", OffsetDateTime.class),
        rs.getBoolean("frozen"));
  }
}
