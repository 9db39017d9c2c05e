package org.accord.document;

/**
 * Published inside the withdrawal's transaction, so that every feature closes what it has open on
 * the document (a round, an agenda item, a silence procedure) in the same commit.
 */
public record DocumentWithdrawn(long documentId, String withdrawnBy, String reason) {}
