package org.accord.acting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.accord.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class DesignationRepository {

  private static final String COLUMNS = """
      select id, chair_group, acting_user, acting_for, starts_at, ends_at, reason, designated_at, ended_by, ended_at,
             took_effect_at, lapsed_at
      from acting_chair
      """;

  private final JdbcClient jdbc;

  DesignationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Serialises every change to one chair's designations, on every node: overlaps are checked under it. */
  void lockSeat(Role body) {
    jdbc.sql("select chair_group from acting_chair_seat where chair_group = ? for update").param(body.group())
        .query(String.class).single();
  }

  long insert(Role body, String user, String actingFor, OffsetDateTime startsAt, OffsetDateTime endsAt,
      String reason, OffsetDateTime now) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into acting_chair (chair_group, acting_user, acting_for, starts_at, ends_at, reason, designated_at)
            values (?, ?, ?, ?, ?, ?, ?)""")
        .params(body.group(), user, actingFor, startsAt, endsAt, reason, now)
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  Optional<Designation> find(long id) {
    return jdbc.sql(COLUMNS + " where id = ?").param(id).query(DesignationRepository::map).optional();
  }

  /** The designations of the body not yet lapsed that share some of the period. */
  List<Designation> overlapping(Role body, OffsetDateTime startsAt, OffsetDateTime endsAt) {
    return jdbc.sql(COLUMNS + """
             where chair_group = ? and lapsed_at is null and starts_at < ? and ends_at > ?
             order by starts_at""")
        .params(body.group(), endsAt, startsAt).query(DesignationRepository::map).list();
  }

  /** The designation that makes the user act for the body now, if one does. */
  Optional<Designation> inEffect(String user, Role body) {
    return jdbc.sql(COLUMNS + """
             where acting_user = ? and chair_group = ? and took_effect_at is not null and lapsed_at is null
             order by took_effect_at desc limit 1""")
        .params(user, body.group()).query(DesignationRepository::map).optional();
  }

  List<Designation> inEffect(String user) {
    return jdbc.sql(COLUMNS + " where acting_user = ? and took_effect_at is not null and lapsed_at is null order by id")
        .param(user).query(DesignationRepository::map).list();
  }

  /** Designations not lapsed, soonest first, then the latest lapsed ones. */
  List<Designation> open(Role body) {
    return jdbc.sql(COLUMNS + " where chair_group = ? and lapsed_at is null order by starts_at, id")
        .param(body.group()).query(DesignationRepository::map).list();
  }

  List<Designation> lapsed(Role body, int limit) {
    return jdbc.sql(COLUMNS + " where chair_group = ? and lapsed_at is not null order by lapsed_at desc, id desc limit ?")
        .params(body.group(), limit).query(DesignationRepository::map).list();
  }

  /** The body's designations whose period has begun and that have not taken effect yet. */
  List<Designation> due(Role body, OffsetDateTime now) {
    return jdbc.sql(COLUMNS + """
             where chair_group = ? and took_effect_at is null and lapsed_at is null and ended_at is null
               and starts_at <= ? and ends_at > ?
             order by id""")
        .params(body.group(), now, now).query(DesignationRepository::map).list();
  }

  /** The body's designations whose period is over, or that a chair ended, and that have not lapsed yet. */
  List<Designation> over(Role body, OffsetDateTime now) {
    return jdbc.sql(COLUMNS + """
             where chair_group = ? and lapsed_at is null and (ends_at <= ? or ended_at is not null)
             order by id""")
        .params(body.group(), now).query(DesignationRepository::map).list();
  }

  void tookEffect(long id, boolean membershipAdded, OffsetDateTime now) {
    jdbc.sql("update acting_chair set took_effect_at = ?, membership_added = ? where id = ?")
        .params(now, membershipAdded, id).update();
  }

  boolean addedMembership(long id) {
    return jdbc.sql("select membership_added from acting_chair where id = ?").param(id).query(Boolean.class).single();
  }

  void ended(long id, String by, OffsetDateTime now) {
    jdbc.sql("update acting_chair set ended_by = ?, ended_at = ? where id = ?").params(by, now, id).update();
  }

  void lapsed(long id, OffsetDateTime now) {
    jdbc.sql("update acting_chair set lapsed_at = ? where id = ?").params(now, id).update();
  }

  private static Designation map(ResultSet rs, int row) throws SQLException {
    return new Designation(rs.getLong("id"), body(rs.getString("chair_group")), rs.getString("acting_user"),
        rs.getString("acting_for"), rs.getObject("starts_at", OffsetDateTime.class),
        rs.getObject("ends_at", OffsetDateTime.class), rs.getString("reason"),
        rs.getObject("designated_at", OffsetDateTime.class), rs.getString("ended_by"),
        rs.getObject("ended_at", OffsetDateTime.class), rs.getObject("took_effect_at", OffsetDateTime.class),
        rs.getObject("lapsed_at", OffsetDateTime.class));
  }

  static Role body(String group) {
    for (Role role : ActingChairs.BODIES) {
      if (role.group().equals(group)) {
        return role;
      }
    }
    throw new IllegalStateException("Not a chair's group: " + group);
  }
}
