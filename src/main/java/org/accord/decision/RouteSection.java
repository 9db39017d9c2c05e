package org.accord.decision;

import java.util.List;
import org.accord.document.Document;
import org.accord.document.DocumentStatus;
import org.accord.document.Routing;

/**
 * What the route section shows: whether the document waits for the SOC Chair's choice, the routes
 * its routing table allows, and the form for the SOC Chair. Its methods are public because templates call them.
 *
 * @param routing the document's routing; null before registration (no route can be chosen then)
 * @param waiting whether the process waits for the choice of route
 * @param socChair whether the reader is the SOC Chair
 * @param chosen the route last chosen, once the process no longer waits for it; null otherwise
 */
record RouteSection(Document document, Routing routing, boolean waiting, boolean socChair, ChosenRoute chosen) {

  /** The form is offered to the SOC Chair while the process waits for the choice. */
  public boolean mayChoose() {
    return socChair && waiting;
  }

  /** Once silence is chosen, the Chair's next step is to circulate the text: the section points there. */
  public boolean circulationNext() {
    return socChair && document.status() == DocumentStatus.UNDER_SILENCE;
  }

  public boolean silenceAllowed() {
    return routing != null && routing.silenceProcedureAllowed();
  }

  /** The routes offered: a meeting always, the silence procedure only where the routing table allows it. */
  public List<SocRoute> routes() {
    return silenceAllowed() ? List.of(SocRoute.MEETING, SocRoute.SILENCE) : List.of(SocRoute.MEETING);
  }
}
