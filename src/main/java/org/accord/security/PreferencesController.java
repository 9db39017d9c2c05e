package org.accord.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.accord.system.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The language switch and the choice of time zone, on every page: kept for the signed-in user
 * (on the sign-in page, for the session), then back to the page the user was on.
 */
@PageController
class PreferencesController {

  private final UserPreferences preferences;
  private final PreferredLanguage language;

  PreferencesController(UserPreferences preferences, PreferredLanguage language) {
    this.preferences = preferences;
    this.language = language;
  }

  @GetMapping("/preferences")
  String preferences(Model model, CurrentUser user) {
    model.addAttribute("chosen", preferences.of(user.id()).orElse(new UserPreferences.Preference(null, null)));
    model.addAttribute("zones", UserPreferences.TIME_ZONES);
    return "security/preferences";
  }

  @PostMapping("/preferences")
  String choose(@RequestParam(required = false) String language,
      @RequestParam(required = false) String timeZone,
      @RequestParam(defaultValue = "/") String returnTo, HttpServletRequest request) {
    Authentication user = SecurityContextHolder.getContext().getAuthentication();
    UserPreferences.Preference chosen;
    if (user == null || user instanceof AnonymousAuthenticationToken) {
      chosen = new UserPreferences.Preference(UserPreferences.language(language), null);
    } else {
      UserPreferences.Preference before = preferences.of(user.getName()).orElse(new UserPreferences.Preference(null, null));
      // The header's switch sends the language alone: the time zone chosen before stays.
      chosen = preferences.choose(user.getName(), language != null ? language : tag(before),
          timeZone != null ? timeZone : before.timeZone() == null ? null : before.timeZone().getId());
    }
    this.language.remember(request, chosen);
    return "redirect:" + local(returnTo);
  }

  private static String tag(UserPreferences.Preference preference) {
    return preference.language() == null ? null : preference.language().toLanguageTag();
  }

  /** Only a page of Accord's own: never another site, whatever the form said. */
  static String local(String path) {
    return path.startsWith("/") && !path.startsWith("//") && !path.contains("\\") ? path : "/";
  }
}
