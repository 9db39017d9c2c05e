package org.accord.negotiation;

import java.util.List;
import org.accord.forum.Delegation;
import org.accord.forum.Forum;
import org.springframework.stereotype.Component;

/**
 * The collection the round's multi-instance task runs over: one position task per member-state
 * delegation. Evaluated once when the round opens; the list never becomes a process variable.
 * Public because the expression language calls it by reflection.
 */
@Component("roundParticipants")
public class RoundParticipants {

  private final Forum forum;

  RoundParticipants(Forum forum) {
    this.forum = forum;
  }

  public List<String> groups() {
    return forum.memberStates().stream().map(Delegation::groupId).toList();
  }
}
