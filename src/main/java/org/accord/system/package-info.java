/**
 * The shared kit every module uses and none owns a fact of: refusals as problem details ({@link
 * org.accord.system.Problem}), one user action as one retried transaction ({@link
 * org.accord.system.UserAction}), the engine clock, hashing, the way times are written, the limits of
 * what people type, the words for codes from the message bundles ({@link org.accord.system.Labels}),
 * values handed to the engine in memory, and the PDF kit ({@code system.pdf}). Open: every module may
 * use all of it.
 */
@ApplicationModule(displayName = "System (shared kit)", type = ApplicationModule.Type.OPEN)
package org.accord.system;

import org.springframework.modulith.ApplicationModule;
