package org.accord.system;

import java.util.Locale;

/**
 * Something with a name in each working language (a delegation): as an argument of a refusal it is
 * named in the language the refusal is read in.
 */
public interface Named {

  String name(Locale language);
}
