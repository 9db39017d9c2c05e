package org.accord.home;

import org.accord.security.CurrentUser;
import org.accord.tasklist.TaskList;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The landing page after login: who you are, what waits for you, and where to work on it. */
@Controller
class HomeController {

  private final TaskList taskList;

  HomeController(TaskList taskList) {
    this.taskList = taskList;
  }

  @GetMapping("/")
  String home(Model model, CurrentUser user) {
    model.addAttribute("user", user);
    model.addAttribute("tasks", taskList.of(user, null, null, null, null, 0, 50));
    return "home";
  }

  @GetMapping("/login")
  String login() {
    return "login";
  }
}
