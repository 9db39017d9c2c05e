package org.accord.notification;

import java.util.Collection;
import org.springframework.stereotype.Service;

/**
 * E-mail to the users concerned, through an outbox: written in the caller's transaction (so no mail
 * leaves for a step that rolled back), sent after the commit (so a mail failure never rolls back a
 * decision).
 */
@Service
public class Notifications {

  /** Mails each of these users (Camunda user ids). */
  public void toUsers(Collection<String> userIds, Notice notice) {
  }

  /** Mails every member of each of these Camunda groups, once per user. */
  public void toGroups(Collection<String> groupIds, Notice notice) {
  }

  /** Mails every member-state delegation, the chairs and the Secretariat. */
  public void toForum(Notice notice) {
  }
}
