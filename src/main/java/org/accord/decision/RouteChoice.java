package org.accord.decision;

import org.accord.document.Routing;
import org.accord.system.Inputs;
import org.accord.system.InvalidInputException;
import org.accord.tasklist.TaskCommand;

/** The SOC Chair's choice of how a recommended document reaches the SOC. */
public record RouteChoice(SocRoute route) implements TaskCommand {

  /** The silence procedure only where the document's routing allows it. */
  public SocRoute checked(Routing routing) {
    SocRoute checked = Inputs.oneOf(SocRoute.class, route, "refusal.what.socRoute");
    if (checked == SocRoute.SILENCE && !routing.silenceProcedureAllowed()) {
      throw new InvalidInputException("refusal.decision.silenceNotAllowed");
    }
    return checked;
  }
}
