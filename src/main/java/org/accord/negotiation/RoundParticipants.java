package org.accord.negotiation;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The collection the round's multi-instance task runs over: one position task per member-state
 * delegation that has not answered yet (all of them when the round opens; the silent ones when the
 * deadline is extended). Evaluated when the collection starts; never a process variable. Public
 * because the expression language calls it by reflection.
 */
@Component("roundParticipants")
public class RoundParticipants {

  private final NegotiationService negotiation;

  RoundParticipants(NegotiationService negotiation) {
    this.negotiation = negotiation;
  }

  public List<String> silentGroups(long roundId) {
    return negotiation.silentGroups(roundId);
  }
}
