package org.accord.security;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import org.accord.system.AccordClock;
import org.accord.system.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The language and time zone each user chose for the pages, remembered across sessions and devices. */
@Service
public class UserPreferences {

  /** The forum's working languages. */
  public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("ru"));

  /** The time zones offered: those of the forum's member states and seats, and UTC. */
  public static final List<String> TIME_ZONES = List.of("UTC", "Africa/Cairo", "America/New_York", "Asia/Almaty",
      "Asia/Amman", "Asia/Baghdad", "Asia/Bahrain", "Asia/Baku", "Asia/Bangkok", "Asia/Bishkek", "Asia/Colombo",
      "Asia/Dhaka", "Asia/Dubai", "Asia/Dushanbe", "Asia/Gaza", "Asia/Ho_Chi_Minh", "Asia/Jerusalem", "Asia/Kabul",
      "Asia/Karachi", "Asia/Kolkata", "Asia/Kuwait", "Asia/Phnom_Penh", "Asia/Qatar", "Asia/Seoul", "Asia/Shanghai",
      "Asia/Tashkent", "Asia/Tehran", "Asia/Ulaanbaatar", "Europe/Brussels", "Europe/Geneva", "Europe/Istanbul",
      "Europe/Moscow", "Europe/Vienna");

  /** What a user chose; either may be null (not chosen). */
  public record Preference(Locale language, ZoneId timeZone) {}

  private final JdbcClient jdbc;
  private final AccordClock clock;

  UserPreferences(JdbcClient jdbc, AccordClock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public Optional<Preference> of(String userId) {
    return jdbc.sql("select language, time_zone from user_preference where user_id = ?").param(userId)
        .query((rs, row) -> preference(rs.getString("language"), rs.getString("time_zone")))
        .optional();
  }

  /** What each of these users chose, in one read; a user who chose nothing is absent. */
  public Map<String, Preference> of(Collection<String> userIds) {
    if (userIds.isEmpty()) {
      return Map.of();
    }
    Map<String, Preference> chosen = new HashMap<>();
    jdbc.sql("select user_id, language, time_zone from user_preference where user_id in (:users)")
        .param("users", userIds)
        .query(rs -> {
          chosen.put(rs.getString("user_id"), preference(rs.getString("language"), rs.getString("time_zone")));
        });
    return chosen;
  }

  private static Preference preference(String language, String timeZone) {
    return new Preference(language == null ? null : Locale.forLanguageTag(language),
        timeZone == null ? null : ZoneId.of(timeZone));
  }

  /** Keeps the user's language (one of the forum's) and time zone (a region id such as Europe/Moscow). */
  @Transactional
  public Preference choose(String userId, String language, String timeZone) {
    Locale chosenLanguage = language(language);
    ZoneId chosenZone = timeZone(timeZone);
    OffsetDateTime now = clock.now();
    int updated = jdbc.sql("update user_preference set language = ?, time_zone = ?, changed_at = ? where user_id = ?")
        .params(tag(chosenLanguage), chosenZone == null ? null : chosenZone.getId(), now, userId).update();
    if (updated == 0) {
      jdbc.sql("insert into user_preference (user_id, language, time_zone, changed_at) values (?, ?, ?, ?)")
          .params(userId, tag(chosenLanguage), chosenZone == null ? null : chosenZone.getId(), now).update();
    }
    return new Preference(chosenLanguage, chosenZone);
  }

  /** One of the forum's languages, by its tag ("ru", "en-GB"); null when none was given. */
  public static Locale language(String tag) {
    if (tag == null || tag.isBlank()) {
      return null;
    }
    String wanted = Locale.forLanguageTag(tag.strip()).getLanguage();
    return LANGUAGES.stream().filter(language -> language.getLanguage().equals(wanted)).findFirst()
        .orElseThrow(() -> new InvalidInputException("refusal.security.language", tag));
  }

  /** The forum's language nearest the one given: Russian for Russian, English for any other. */
  public static Locale supported(Locale wanted) {
    return LANGUAGES.stream().filter(language -> wanted != null && language.getLanguage().equals(wanted.getLanguage()))
        .findFirst().orElse(Locale.ENGLISH);
  }

  private static ZoneId timeZone(String id) {
    if (id == null || id.isBlank()) {
      return null;
    }
    try {
      return ZoneId.of(id.strip());
    } catch (DateTimeException e) {
      throw new InvalidInputException("refusal.security.timeZone", id);
    }
  }

  private static String tag(Locale language) {
    return language == null ? null : language.toLanguageTag();
  }
}
