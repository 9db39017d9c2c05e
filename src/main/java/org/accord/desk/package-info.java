/**
 * The SOC meeting desk: server-rendered pages on which the Secretariat convenes meetings and sets
 * their agenda, and the SOC Chair records decisions and attendance and closes the meeting. Every
 * change goes through {@link org.accord.meeting.Meetings}. Owns no table.
 */
@ApplicationModule(displayName = "Meeting desk (pages)")
package org.accord.desk;

import org.springframework.modulith.ApplicationModule;
