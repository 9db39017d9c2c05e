package org.accord.security;

import java.util.Locale;
import org.accord.system.web.FormOutcome;
import org.accord.system.web.PageController;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrators' page of sign-ins held back: users Camunda locked after wrong passwords, and
 * client addresses refused for failing too often ({@link SignInGuard}), each with the action that lifts it.
 */
@PageController
class SignInsPageController {

  static final String PATH = "/admin/sign-ins";

  private final SignInGuard guard;
  private final MessageSource messages;

  SignInsPageController(SignInGuard guard, MessageSource messages) {
    this.guard = guard;
    this.messages = messages;
  }

  @GetMapping(PATH)
  String signIns(Model model, CurrentUser user) {
    user.require(Role.ADMINISTRATOR);
    model.addAttribute("lockedUsers", guard.lockedUsers());
    model.addAttribute("throttledAddresses", guard.throttledAddresses());
    return "security/sign-ins";
  }

  @PostMapping(PATH + "/users/{userId}/unlock")
  String unlock(@PathVariable String userId, RedirectAttributes redirect, CurrentUser user, Locale language) {
    user.require(Role.ADMINISTRATOR);
    FormOutcome.of(userId, () -> {
      guard.unlock(userId);
      return messages.getMessage("signIns.unlocked", new Object[] {userId}, language);
    }).flashTo(redirect);
    return "redirect:" + PATH;
  }

  @PostMapping(PATH + "/addresses/release")
  String release(@RequestParam String address, RedirectAttributes redirect, CurrentUser user, Locale language) {
    user.require(Role.ADMINISTRATOR);
    FormOutcome.of(address, () -> {
      guard.release(address);
      return messages.getMessage("signIns.released", new Object[] {address}, language);
    }).flashTo(redirect);
    return "redirect:" + PATH;
  }
}
