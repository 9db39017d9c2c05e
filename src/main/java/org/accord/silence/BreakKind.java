package org.accord.silence;

/** What a delegation may break silence with. */
public enum BreakKind {
  OBJECTION,
  AMENDMENT
}
