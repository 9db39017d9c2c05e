package org.accord.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.accord.forum.Forum;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.TimeZoneAwareLocaleContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Each page's language and zone: the user's choice, else the browser's language among the forum's two. */
class PreferredLanguageTest {

  private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

  private final UserPreferences preferences = mock(UserPreferences.class);
  private final Forum forum = mock(Forum.class);
  private final PreferredLanguage resolver = new PreferredLanguage(preferences, forum);

  @BeforeEach
  void forumInAstana() {
    when(forum.timeZone()).thenReturn(ZoneId.of("Asia/Almaty"));
  }

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void shouldFollowTheBrowserAmongTheForumsLanguagesForAnAnonymousReader() {
    MockHttpServletRequest french = new MockHttpServletRequest();
    french.addHeader("Accept-Language", "fr-FR, ru;q=0.8");
    MockHttpServletRequest none = new MockHttpServletRequest();

    assertThat(resolver.resolveLocale(french)).isEqualTo(RUSSIAN);
    assertThat(resolver.resolveLocale(none)).isEqualTo(Locale.ENGLISH);
    assertThat(zoneOf(none)).isEqualTo(ZoneId.of("Asia/Almaty"));
  }

  @Test
  void shouldTakeTheUsersChoiceOverTheBrowserAndAskTheDatabaseOncePerSession() {
    signIn("ru.delegate1");
    when(preferences.of("ru.delegate1"))
        .thenReturn(Optional.of(new UserPreferences.Preference(RUSSIAN, ZoneId.of("Europe/Moscow"))));
    MockHttpServletRequest page = new MockHttpServletRequest();
    page.addHeader("Accept-Language", "en-GB");
    page.getSession(true);

    assertThat(resolver.resolveLocale(page)).isEqualTo(RUSSIAN);
    assertThat(zoneOf(page)).isEqualTo(ZoneId.of("Europe/Moscow"));
    verify(preferences, times(1)).of("ru.delegate1");
  }

  @Test
  void shouldGiveAProgramCallingTheApiNoSession() {
    signIn("kz.delegate1");
    when(preferences.of("kz.delegate1")).thenReturn(Optional.empty());
    MockHttpServletRequest api = new MockHttpServletRequest();

    assertThat(resolver.resolveLocale(api)).isEqualTo(Locale.ENGLISH);
    assertThat(api.getSession(false)).isNull();
  }

  private ZoneId zoneOf(MockHttpServletRequest request) {
    return ((TimeZoneAwareLocaleContext) resolver.resolveLocaleContext(request)).getTimeZone().toZoneId();
  }

  private static void signIn(String user) {
    SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
        user, null, List.of(new SimpleGrantedAuthority("ROLE_delegates"))));
  }
}
