package org.accord.desk;

import org.accord.system.Problem;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** A desk page that cannot be shown (an unknown meeting, a failure) is a page that says why, never Spring's white label. */
@ControllerAdvice(assignableTypes = MeetingDeskController.class)
class DeskErrorPages {

  @ExceptionHandler(Exception.class)
  ModelAndView cannotShow(Exception failure) {
    Problem problem = Problem.of(failure);
    ModelAndView page = new ModelAndView("desk/problem", problem.status());
    page.addObject("problem", problem);
    return page;
  }
}
