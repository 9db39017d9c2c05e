package org.accord.silence;

/** A delegation breaks silence before expiry, in writing: an objection or an amendment, with its text. */
public record BreakSilence(String delegation, BreakKind kind, String text) {}
