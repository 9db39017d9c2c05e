/**
 * The reading side across modules: one document with everything recorded on it, and the document
 * library (every document, filtered and paged), gathered through the modules' APIs. Owns no table
 * and changes nothing.
 */
@ApplicationModule(displayName = "Dossier (reading)")
package org.accord.dossier;

import org.springframework.modulith.ApplicationModule;
