package org.accord.meeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.accord.system.AccordClock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class MeetingRepository {

  private static final String SELECT = """
      select id, title, starts_at, format, place, status, process_instance_id, created_by, created_at,
             closed_by, closed_at, summary_sha256, opened_by, opened_at, agenda_published_at,
             opened_acting_for, closed_acting_for
      from soc_meeting""";
  private static final String SELECT_ITEM = """
      select a.id, a.meeting_id, a.item_number, a.document_id, a.withdrawn
      from agenda_item a""";

  /** An agenda item as the meeting keeps it; the document's symbol and title are the document module's. */
  record ItemRow(long id, long meetingId, int itemNumber, long documentId, boolean withdrawn) {}

  private final JdbcClient jdbc;
  private final AccordClock clock;

  MeetingRepository(JdbcClient jdbc, AccordClock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  long insert(String title, OffsetDateTime startsAt, MeetingFormat format, String place, String createdBy,
      OffsetDateTime now) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into soc_meeting (title, starts_at, format, place, status, created_by, created_at)
            values (?, ?, ?, ?, ?, ?, ?)""")
        .params(title, startsAt, format.name(), place, MeetingStatus.CONVENED.name(), createdBy, now)
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  void attachProcess(long id, String processInstanceId) {
    jdbc.sql("update soc_meeting set process_instance_id = ? where id = ?").params(processInstanceId, id).update();
  }

  Optional<Meeting> find(long id) {
    return jdbc.sql(SELECT + " where id = ?").param(id).query(this::map).optional();
  }

  Optional<Meeting> findForUpdate(long id) {
    return jdbc.sql(SELECT + " where id = ? for update").param(id).query(this::map).optional();
  }

  List<Meeting> page(int offset, int limit) {
    return jdbc.sql(SELECT + " order by starts_at desc, id desc limit ? offset ?").params(limit, offset)
        .query(this::map).list();
  }

  long count() {
    return jdbc.sql("select count(*) from soc_meeting").query(Long.class).single();
  }

  void changeStatus(long id, MeetingStatus status) {
    jdbc.sql("update soc_meeting set status = ? where id = ?").params(status.name(), id).update();
  }

  /** The SOC Chair opens the session before the meeting's start time. */
  void open(long id, String userId, String actingFor, OffsetDateTime now) {
    jdbc.sql("update soc_meeting set status = ?, opened_by = ?, opened_acting_for = ?, opened_at = ? where id = ?")
        .params(MeetingStatus.IN_SESSION.name(), userId, actingFor, now, id).update();
  }

  void agendaPublished(long id, String userId, OffsetDateTime now) {
    jdbc.sql("update soc_meeting set agenda_published_by = ?, agenda_published_at = ? where id = ?")
        .params(userId, now, id).update();
  }

  /** Swaps an item's place with its neighbour's (one up or one down); false when it has none there. */
  boolean move(long meetingId, long documentId, boolean up) {
    List<ItemRow> items = agenda(meetingId);
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).documentId() != documentId) {
        continue;
      }
      int other = up ? i - 1 : i + 1;
      if (other < 0 || other >= items.size()) {
        return false;
      }
      ItemRow moved = items.get(i);
      ItemRow neighbour = items.get(other);
      jdbc.sql("update agenda_item set item_number = ? where id = ?").params(neighbour.itemNumber(), moved.id()).update();
      jdbc.sql("update agenda_item set item_number = ? where id = ?").params(moved.itemNumber(), neighbour.id()).update();
      return true;
    }
    return false;
  }

  void close(long id, String userId, String actingFor, OffsetDateTime now) {
    jdbc.sql("update soc_meeting set status = ?, closed_by = ?, closed_acting_for = ?, closed_at = ? where id = ?")
        .params(MeetingStatus.CLOSED.name(), userId, actingFor, now, id).update();
  }

  void keepSummary(long id, byte[] pdf, String sha256) {
    jdbc.sql("update soc_meeting set summary_pdf = ?, summary_sha256 = ? where id = ?").params(pdf, sha256, id).update();
  }

  Optional<byte[]> summary(long id) {
    return jdbc.sql("select summary_pdf from soc_meeting where id = ? and summary_pdf is not null").param(id)
        .query((rs, row) -> rs.getBytes("summary_pdf")).optional();
  }

  void replaceAgenda(long meetingId, List<Long> documentIds) {
    jdbc.sql("delete from agenda_item where meeting_id = ?").param(meetingId).update();
    int number = 1;
    for (long documentId : documentIds) {
      jdbc.sql("insert into agenda_item (meeting_id, item_number, document_id) values (?, ?, ?)")
          .params(meetingId, number++, documentId).update();
    }
  }

  List<ItemRow> agenda(long meetingId) {
    return jdbc.sql(SELECT_ITEM + " where a.meeting_id = ? order by a.item_number").param(meetingId)
        .query(MeetingRepository::mapItem).list();
  }

  /** Agenda items of meetings not yet closed on which this document stands. */
  List<ItemRow> openItemsOf(long documentId) {
    return jdbc.sql(SELECT_ITEM + " " + """
             join soc_meeting m on m.id = a.meeting_id
             where a.document_id = ? and m.status <> 'CLOSED' and a.withdrawn = false""")
        .param(documentId).query(MeetingRepository::mapItem).list();
  }

  /** The documents standing on the agenda of a meeting not yet closed. */
  List<Long> documentsOnOpenAgendas() {
    return jdbc.sql("""
            select a.document_id from agenda_item a join soc_meeting m on m.id = a.meeting_id
             where a.withdrawn = false and m.status <> 'CLOSED'""")
        .query(Long.class).list();
  }

  /** Ties an item to the activity instance of the meeting's process that decides it. */
  void tie(long meetingId, long documentId, String activityInstanceId) {
    jdbc.sql("update agenda_item set activity_instance_id = ? where meeting_id = ? and document_id = ?")
        .params(activityInstanceId, meetingId, documentId).update();
  }

  Optional<ItemRow> itemOfActivity(String activityInstanceId) {
    return jdbc.sql(SELECT_ITEM + " where a.activity_instance_id = ?").param(activityInstanceId)
        .query(MeetingRepository::mapItem).optional();
  }

  Optional<Meeting> findByProcess(String processInstanceId) {
    return jdbc.sql(SELECT + " where process_instance_id = ?").param(processInstanceId)
        .query(this::map).optional();
  }

  void removeItem(long itemId) {
    jdbc.sql("delete from agenda_item where id = ?").param(itemId).update();
  }

  void markWithdrawn(long itemId) {
    jdbc.sql("update agenda_item set withdrawn = true where id = ?").param(itemId).update();
  }

  void replaceAttendance(long meetingId, List<String> delegationCodes) {
    jdbc.sql("delete from meeting_attendance where meeting_id = ?").param(meetingId).update();
    for (String code : delegationCodes) {
      jdbc.sql("insert into meeting_attendance (meeting_id, delegation_code) values (?, ?)").params(meetingId, code).update();
    }
  }

  List<String> attendance(long meetingId) {
    return jdbc.sql("select delegation_code from meeting_attendance where meeting_id = ? order by delegation_code")
        .param(meetingId).query(String.class).list();
  }

  /** A confirmed agenda's meeting is in session once its start time has come: the status follows the clock. */
  private Meeting map(ResultSet rs, int row) throws SQLException {
    MeetingStatus status = MeetingStatus.valueOf(rs.getString("status"));
    OffsetDateTime startsAt = rs.getObject("starts_at", OffsetDateTime.class);
    if (status == MeetingStatus.AGENDA_CONFIRMED && !clock.now().isBefore(startsAt)) {
      status = MeetingStatus.IN_SESSION;
    }
    return new Meeting(
        rs.getLong("id"),
        rs.getString("title"),
        startsAt,
        MeetingFormat.valueOf(rs.getString("format")),
        rs.getString("place"),
        status,
        rs.getString("process_instance_id"),
        rs.getString("created_by"),
        rs.getObject("created_at", OffsetDateTime.class),
        rs.getString("closed_by"),
        rs.getObject("closed_at", OffsetDateTime.class),
        rs.getString("summary_sha256"),
        rs.getString("opened_by"),
        rs.getObject("opened_at", OffsetDateTime.class),
        rs.getObject("agenda_published_at", OffsetDateTime.class),
        rs.getString("opened_acting_for"),
        rs.getString("closed_acting_for"));
  }

  private static ItemRow mapItem(ResultSet rs, int row) throws SQLException {
    return new ItemRow(rs.getLong("id"), rs.getLong("meeting_id"), rs.getInt("item_number"), rs.getLong("document_id"),
        rs.getBoolean("withdrawn"));
  }
}
