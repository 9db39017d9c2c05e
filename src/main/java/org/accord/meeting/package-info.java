/**
 * SOC meetings ({@code soc_meeting}), their agendas ({@code agenda_item}) and attendance ({@code
 * meeting_attendance}): convened by the Secretariat, one decision per item recorded by the SOC Chair
 * and sent to the document's process, and the summary record produced as a PDF when the meeting
 * closes. Users work it through {@link org.accord.meeting.Meetings}.
 */
@ApplicationModule(displayName = "Meeting")
package org.accord.meeting;

import org.springframework.modulith.ApplicationModule;
