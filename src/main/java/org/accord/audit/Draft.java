package org.accord.audit;

/** An entry to append: who did what to which subject, with what detail (each cut to its column). */
record Draft(String actor, String action, String subject, String detail) {

  Draft {
    actor = cut(actor, 64);
    action = cut(action, 100);
    subject = cut(subject, 300);
    detail = cut(detail, 2000);
  }

  private static String cut(String text, int limit) {
    return text == null || text.length() <= limit ? text : text.substring(0, limit - 1) + "…";
  }
}
