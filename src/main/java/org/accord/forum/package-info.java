/**
 * The forum: member states, observers, the Secretariat and the chairs, their users and Camunda groups,
 * seeded from config/forum.yaml into Accord's {@code delegation} table and Camunda's identity service.
 * Other modules ask {@link org.accord.forum.Forum} who a party is and which group speaks for it.
 */
@ApplicationModule(displayName = "Forum")
package org.accord.forum;

import org.springframework.modulith.ApplicationModule;
