package org.accord.system.web;

import org.accord.system.Problem;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A page that cannot be shown (an unknown document, a refusal, a failure) is a page of Accord's that
 * says why, never Spring's white label nor a stack trace. The API's controllers answer problem
 * details instead.
 */
@ControllerAdvice(annotations = PageController.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {

  @ExceptionHandler(Exception.class)
  ModelAndView cannotShow(Exception failure) {
    Problem problem = Problem.of(failure);
    ModelAndView page = new ModelAndView("problem", problem.status());
    page.addObject("problem", problem);
    return page;
  }
}
