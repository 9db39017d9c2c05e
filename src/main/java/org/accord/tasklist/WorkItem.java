package org.accord.tasklist;

import java.time.OffsetDateTime;

/** An open task as a delegate or chair sees it in the list, with the business facts beside it. */
public record WorkItem(
    String taskId,
    String taskKey,
    String taskName,
    Long documentId,
    String documentTitle,
    String documentType,
    String documentSymbol,
    String candidateGroup,
    String assignee,
    String delegationCode,
    Integer roundNumber,
    OffsetDateTime createdAt,
    OffsetDateTime dueAt,
    String page) {}
