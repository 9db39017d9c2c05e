/**
 * Who is signed in and what they may do: authentication on Camunda's identity service, single sign-on
 * into Camunda's webapps, the two filter chains (API and browser), the signed-in {@link
 * org.accord.security.CurrentUser} handed to every controller, and the one role policy ({@link
 * org.accord.security.Role}). Owns no table.
 */
@ApplicationModule(displayName = "Security")
package org.accord.security;

import org.springframework.modulith.ApplicationModule;
