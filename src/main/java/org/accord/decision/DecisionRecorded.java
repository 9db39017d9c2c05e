package org.accord.decision;

/** A decision entered into the register, within the transaction that records it. */
public record DecisionRecorded(Decision decision) {}
