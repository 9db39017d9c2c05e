package org.accord.home;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page, in the language the browser asks for or the visitor chose on it. */
@Controller
class LoginController {

  @GetMapping("/login")
  String login() {
    return "login";
  }
}
