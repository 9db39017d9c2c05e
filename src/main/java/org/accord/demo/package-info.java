/**
 * The demo forum of the embedded default: the SOC meeting of December 2022 with its six documents and
 * work under way beside it, played once through the same commands a real user's clicks give. Owns
 * no table.
 */
@ApplicationModule(displayName = "Demo data")
package org.accord.demo;

import org.springframework.modulith.ApplicationModule;
