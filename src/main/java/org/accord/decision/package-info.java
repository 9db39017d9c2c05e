/**
 * The decision register: every SOC decision, numbered and written once with the facts of the act
 * ({@code decision}, {@code decision_reservation}, {@code decision_counter}), its page ({@code /decisions})
 * and its CSV and PDF exports, filtered alike, and the SOC Chair's choice of route ({@code soc_route_choice}), made in the document page's section
 * {@code /documents/{id}/route}. Meetings and silence procedures
 * record decisions through {@link org.accord.decision.DecisionRegister}.
 */
@ApplicationModule(displayName = "Decision")
package org.accord.decision;

import org.springframework.modulith.ApplicationModule;
