package org.accord.forum;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.accord.system.Inputs;
import org.accord.system.InvalidInputException;
import org.accord.system.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Who the parties of the forum are, read from Accord's tables (seeded from config/forum.yaml). */
@Service
public class Forum {

  private static final String SELECT = "select code, name, kind, group_id, name_ru from delegation";

  private final JdbcClient jdbc;
  private final ForumProperties properties;

  Forum(JdbcClient jdbc, ForumProperties properties) {
    this.jdbc = jdbc;
    this.properties = properties;
  }

  /** Where the forum sits: pages show times in this zone unless a user chooses another. */
  public ZoneId timeZone() {
    return properties.timeZone();
  }

  /** The forum's name, as records and mails print it. */
  public String name() {
    return properties.name();
  }

  /** The forum's name in the reader's language: Russian where config gives one. */
  public String name(Locale language) {
    return "ru".equals(language.getLanguage()) && properties.nameRu() != null ? properties.nameRu() : properties.name();
  }

  /** The member states, whose delegations hold positions, in alphabetical order. */
  public List<Delegation> memberStates() {
    return jdbc.sql(SELECT + " where kind = 'MEMBER_STATE' order by name").query(Forum::map).list();
  }

  public List<Delegation> all() {
    return jdbc.sql(SELECT + " order by kind, name").query(Forum::map).list();
  }

  public Optional<Delegation> find(String code) {
    return jdbc.sql(SELECT + " where code = ?").param(code).query(Forum::map).optional();
  }

  public Delegation get(String code) {
    return find(code).orElseThrow(() -> new NotFoundException("refusal.forum.noDelegation", code));
  }

  /** A member state's delegation, by code as a client gave it; refused when it holds no position. */
  public Delegation memberState(String code) {
    if (code == null || code.isBlank()) {
      throw new InvalidInputException("refusal.forum.delegationMissing");
    }
    Delegation delegation = find(Inputs.code(code))
        .orElseThrow(() -> new InvalidInputException("refusal.forum.noDelegation", code));
    if (!delegation.holdsPosition()) {
      throw new InvalidInputException("refusal.forum.noPosition", delegation);
    }
    return delegation;
  }

  /**
   * The member state a user speaks for, from their groups: a user belongs to one delegation at most.
   * Empty for observers, chairs, the Secretariat and administrators.
   */
  public Optional<Delegation> memberStateOf(Collection<String> groupIds) {
    if (groupIds.isEmpty()) {
      return Optional.empty();
    }
    return jdbc.sql(SELECT + " where kind = 'MEMBER_STATE' and group_id in (:groups) order by code")
        .param("groups", groupIds).query(Forum::map).list().stream().findFirst();
  }

  public Optional<Delegation> findByGroup(String groupId) {
    return jdbc.sql(SELECT + " where group_id = ?").param(groupId).query(Forum::map).optional();
  }

  private static Delegation map(ResultSet rs, int row) throws SQLException {
    return new Delegation(rs.getString("code"), rs.getString("name"),
        DelegationKind.valueOf(rs.getString("kind")), rs.getString("group_id"), rs.getString("name_ru"));
  }
}
