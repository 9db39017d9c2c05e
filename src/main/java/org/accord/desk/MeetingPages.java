package org.accord.desk;

import java.text.Collator;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.accord.document.Document;
import org.accord.document.DocumentVersion;
import org.accord.document.Documents;
import org.accord.forum.Delegation;
import org.accord.forum.DelegationKind;
import org.accord.forum.Forum;
import org.accord.meeting.Meetings;
import org.accord.meeting.MeetingStatus;
import org.accord.meeting.MeetingSummary;
import org.accord.negotiation.Negotiation;
import org.accord.security.CurrentUser;
import org.accord.security.Role;
import org.springframework.stereotype.Component;

/** Gathers one meeting's page from the meeting service and the forum. */
@Component
class MeetingPages {

  private final Meetings meetings;
  private final Forum forum;
  private final Documents documents;
  private final Negotiation negotiation;

  MeetingPages(Meetings meetings, Forum forum, Documents documents, Negotiation negotiation) {
    this.meetings = meetings;
    this.forum = forum;
    this.documents = documents;
    this.negotiation = negotiation;
  }

  /** The parties in the reader's alphabetical order, by their names in the reader's language. */
  MeetingPage of(long meetingId, CurrentUser user, Locale language) {
    // The summary pairs each agenda item with its decisions, including a staff matrix decided with its budget.
    MeetingSummary summary = meetings.summary(meetingId);
    List<Delegation> parties = forum.all();
    Collator collator = Collator.getInstance(language);
    Comparator<Delegation> alphabetical = Comparator.comparing(party -> party.name(language), collator);
    boolean secretariat = user.has(Role.SECRETARIAT);
    List<Document> candidates = secretariat && summary.meeting().status() == MeetingStatus.CONVENED
        ? meetings.candidates() : List.of();
    return new MeetingPage(summary.meeting(), summary.agenda(), new LinkedHashSet<>(meetings.attendance(meetingId)),
        parties.stream().filter(Delegation::holdsPosition).sorted(alphabetical).toList(),
        parties.stream().filter(party -> !party.holdsPosition() && party.kind() != DelegationKind.SECRETARIAT)
            .sorted(alphabetical).toList(),
        candidates, user.has(Role.SOC_CHAIR), secretariat, briefs(summary));
  }

  /** The version and the last round's reservations of each item that still waits for its decision. */
  private Map<Long, MeetingPage.ItemBrief> briefs(MeetingSummary summary) {
    Map<Long, MeetingPage.ItemBrief> briefs = new HashMap<>();
    if (summary.meeting().status() == MeetingStatus.CLOSED) {
      return briefs;
    }
    for (MeetingSummary.Item entry : summary.agenda()) {
      long documentId = entry.item().documentId();
      if (entry.item().withdrawn() || !entry.decisions().isEmpty()) {
        continue;
      }
      DocumentVersion version = documents.latestVersion(documentId);
      briefs.put(documentId, new MeetingPage.ItemBrief(version == null ? null : version.number(),
          negotiation.lastRoundReservations(documentId)));
    }
    return briefs;
  }
}
