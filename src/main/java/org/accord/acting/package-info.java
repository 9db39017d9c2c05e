/**
 * Acting chairs: either chair designates a user to act for them for a period ({@code acting_chair}).
 * While the designation is in effect the user belongs to the chair's Camunda group, so every page, the
 * API and Camunda's own applications grant them the chair's rights; the acts they take name the chair
 * they acted for ({@link org.accord.acting.ActingChairs#actingFor}). Chairs designate and end
 * designations on the page {@code /acting-chairs}.
 */
@ApplicationModule(displayName = "Acting chairs")
package org.accord.acting;

import org.springframework.modulith.ApplicationModule;
