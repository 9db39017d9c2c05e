package org.accord.decision;

import java.time.OffsetDateTime;

/**
 * The SOC Chair's choice of route as recorded: which, by whom and when; {@code actingFor} names the
 * SOC Chair when an acting chair chose. Its accessors are public because templates call them.
 */
record ChosenRoute(SocRoute route, String chosenBy, String actingFor, OffsetDateTime chosenAt) {}
