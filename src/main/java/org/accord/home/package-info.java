/**
 * The landing page after login: who is signed in and the tasks that wait for them. Owns no table.
 */
@ApplicationModule(displayName = "Home (pages)")
package org.accord.home;

import org.springframework.modulith.ApplicationModule;
