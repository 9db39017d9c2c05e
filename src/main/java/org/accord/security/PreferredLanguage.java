package org.accord.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.Locale;
import java.util.TimeZone;
import org.accord.forum.Forum;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleTimeZoneAwareLocaleContext;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.i18n.AbstractLocaleContextResolver;

/**
 * The language and time zone of each page: what the signed-in user chose ({@link UserPreferences}),
 * else the language their browser asks for among the forum's two, in the forum's time zone. The
 * choice is kept in the session, so the database is asked once per sign-in. Named as Spring MVC
 * looks it up.
 */
@Component("localeResolver")
class PreferredLanguage extends AbstractLocaleContextResolver {

  private static final String CHOSEN = PreferredLanguage.class.getName() + ".CHOSEN";

  /** What the session holds: whose choice, and what it is. */
  /** Kept in the session, which a cluster of nodes stores in the database: serializable. */
  record Chosen(String userId, Locale language, ZoneId timeZone) implements Serializable {}

  private final UserPreferences preferences;
  private final Forum forum;

  PreferredLanguage(UserPreferences preferences, Forum forum) {
    this.preferences = preferences;
    this.forum = forum;
    setDefaultLocale(Locale.ENGLISH);
  }

  @Override
  public LocaleContext resolveLocaleContext(HttpServletRequest request) {
    Chosen chosen = chosen(request);
    Locale language = chosen.language() != null ? chosen.language() : fromBrowser(request);
    ZoneId zone = chosen.timeZone() != null ? chosen.timeZone() : forum.timeZone();
    return new SimpleTimeZoneAwareLocaleContext(language, TimeZone.getTimeZone(zone));
  }

  @Override
  public void setLocaleContext(HttpServletRequest request, HttpServletResponse response, LocaleContext context) {
    Locale language = context == null ? null : context.getLocale();
    request.getSession().setAttribute(CHOSEN, new Chosen(userId(), language, chosen(request).timeZone()));
  }

  /** After the user chose: the session follows at once. */
  void remember(HttpServletRequest request, UserPreferences.Preference preference) {
    request.getSession().setAttribute(CHOSEN, new Chosen(userId(), preference.language(), preference.timeZone()));
  }

  private Chosen chosen(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    String userId = userId();
    if (session != null && session.getAttribute(CHOSEN) instanceof Chosen chosen
        && (userId == null || userId.equals(chosen.userId()))) {
      return chosen;
    }
    if (userId == null) {
      return new Chosen(null, null, null);
    }
    // First page after sign-in: the user's own choice, else what they chose before signing in.
    Chosen before = session != null && session.getAttribute(CHOSEN) instanceof Chosen anonymous ? anonymous : null;
    Chosen chosen = preferences.of(userId)
        .map(preference -> new Chosen(userId, preference.language(), preference.timeZone()))
        .orElse(new Chosen(userId, before == null ? null : before.language(), null));
    // A program calling the API with HTTP Basic has no session, and is not given one per call.
    if (session != null) {
      session.setAttribute(CHOSEN, chosen);
    }
    return chosen;
  }

  private Locale fromBrowser(HttpServletRequest request) {
    if (request.getHeader("Accept-Language") != null) {
      for (var asked = request.getLocales(); asked.hasMoreElements(); ) {
        String wanted = asked.nextElement().getLanguage();
        for (Locale spoken : UserPreferences.LANGUAGES) {
          if (spoken.getLanguage().equals(wanted)) {
            return spoken;
          }
        }
      }
    }
    return getDefaultLocale();
  }

  private static String userId() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication == null || authentication instanceof AnonymousAuthenticationToken
        || !authentication.isAuthenticated() ? null : authentication.getName();
  }
}
