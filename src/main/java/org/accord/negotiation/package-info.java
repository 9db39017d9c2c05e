/**
 * SWG negotiation rounds ({@code negotiation_round}), the delegations' positions and every change of
 * them ({@code delegation_position}, {@code position_change}), the consensus rule and the round's
 * other rules ({@link org.accord.negotiation.RoundRules}), the SWG Chair's confirmations and rulings.
 * Publishes {@link org.accord.negotiation.PositionGiven} as each delegation first speaks in a round.
 * Users work it through {@link org.accord.negotiation.Negotiation}; delegates give and change their position
 * in the document page's section {@code /documents/{id}/position}.
 */
@ApplicationModule(displayName = "Negotiation")
package org.accord.negotiation;

import org.springframework.modulith.ApplicationModule;
