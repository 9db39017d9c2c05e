package org.accord.meeting;

/** One document on a meeting's agenda (a budget carries its staff matrix with it). */
public record AgendaItem(long id, long meetingId, int itemNumber, long documentId, String documentType,
    String documentTitle, String documentSymbol, boolean withdrawn) {}
