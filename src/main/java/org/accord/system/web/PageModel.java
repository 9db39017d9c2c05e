package org.accord.system.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the shared layout needs on every page: the page's own address, to come back to after the language switch. */
@ControllerAdvice(annotations = PageController.class)
class PageModel {

  @ModelAttribute("here")
  String here(HttpServletRequest request) {
    String query = request.getQueryString();
    return request.getRequestURI() + (query == null ? "" : "?" + query);
  }
}
