package org.accord.forum;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.accord.system.Inputs;
import org.accord.system.InvalidInputException;
import org.accord.system.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Who the parties of the forum are, read from Accord's tables (seeded from config/forum.yaml). The
 * parties change only when a node seeds them from its configuration at start, and almost every step
 * asks about them (whose position, whose task), so they are read once and kept: {@link DelegationTable}
 * drops the copy when it changes a row.
 */
@Service
public class Forum {

  private static final String SELECT = "select code, name, kind, group_id, name_ru from delegation";

  private final JdbcClient jdbc;
  private final ForumProperties properties;
  /** Every party, by kind and then name, as the table sorts them; null until read. */
  private volatile List<Delegation> parties;

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
    return all().stream().filter(Delegation::holdsPosition).toList();
  }

  public List<Delegation> all() {
    List<Delegation> read = parties;
    if (read == null) {
      read = jdbc.sql(SELECT + " order by kind, name").query(Forum::map).list();
      parties = read;
    }
    return read;
  }

  public Optional<Delegation> find(String code) {
    return all().stream().filter(party -> party.code().equals(code)).findFirst();
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
    return memberStates().stream().filter(party -> groupIds.contains(party.groupId()))
        .min(Comparator.comparing(Delegation::code));
  }

  public Optional<Delegation> findByGroup(String groupId) {
    return all().stream().filter(party -> Objects.equals(party.groupId(), groupId)).findFirst();
  }

  /** The table changed: the next question reads it again. */
  void forget() {
    parties = null;
  }

  private static Delegation map(ResultSet rs, int row) throws SQLException {
    return new Delegation(rs.getString("code"), rs.getString("name"),
        DelegationKind.valueOf(rs.getString("kind")), rs.getString("group_id"), rs.getString("name_ru"));
  }
}
