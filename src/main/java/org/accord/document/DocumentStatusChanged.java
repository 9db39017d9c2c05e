package org.accord.document;

import java.time.OffsetDateTime;

/**
 * A document entered a stage of its approval: created ({@code previous} is null), or moved by its
 * process to another status. Published inside the step's transaction, once for each document the step
 * moves (a budget and its staff matrix move together), so that what follows the stages commits or
 * rolls back with them.
 *
 * @param document the document as it stands after the change
 * @param previous where it stood before; null when it was just created
 * @param at when it entered its new status
 */
public record DocumentStatusChanged(Document document, DocumentStatus previous, OffsetDateTime at) {}
