/**
 * The silence procedure ({@code silence_procedure}): a text circulated with an exact expiry, broken
 * in writing by a delegation or adopted when it expires, and the SOC Chair's choice after a break.
 * Users work it through {@link org.accord.silence.SilenceProcedures}; delegates break silence in the document
 * page's section {@code /documents/{id}/silence-break}, and the SOC Chair circulates the text and chooses
 * after a break in {@code /documents/{id}/silence-chair}.
 */
@ApplicationModule(displayName = "Silence procedure")
package org.accord.silence;

import org.springframework.modulith.ApplicationModule;
