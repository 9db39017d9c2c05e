package org.accord.demo;

import java.util.List;
import org.accord.decision.SocRoute;
import org.accord.document.DocumentType;
import org.accord.meeting.MeetingFormat;
import org.springframework.stereotype.Component;

/**
 * What the forum has already decided, so that readers find an adopted document, its decision and the
 * register's first entry: a concept paper agreed in one round and approved at an SOC meeting held a
 * month ago, its summary record made.
 */
@Component
class EarlierMeeting {

  static final String MEETING_TITLE = "Extraordinary meeting of the Senior Officials Committee (videoconference)";
  static final String YOUTH = "Concept paper on the CICA priority area \"Youth\"";

  private final DemoScript script;

  EarlierMeeting(DemoScript script) {
    this.script = script;
  }

  /** Returns the adopted document. */
  long play(Cast cast, DemoDates dates) {
    long youth = script.create(cast.delegateOf("KZ"), DocumentType.CONCEPT_PAPER, YOUTH, "KZ", youthPaper());
    script.register(youth, dates.symbol("CP-YOUTH"), cast.secretariat());
    script.round(youth, cast);
    script.recommend(youth, "Consensus at the SWG; recommended to the SOC.", cast.swgChair());
    script.route(youth, SocRoute.MEETING, cast.socChair());
    long meeting = script.convene(MEETING_TITLE, dates.earlierMeetingStartedAt(), MeetingFormat.VIDEOCONFERENCE,
        List.of(youth), cast.secretariat());
    script.holdAndClose(meeting, List.of(youth), List.of("KZ", "MN", "CN", "IN", "RU", "TR", "AZ"), cast.socChair());
    return youth;
  }

  private static String youthPaper() {
    return DemoContent.conceptPaper("Youth", "HUMAN", "KZ", "MN", """
        CICA Concept Paper on the priority area "Youth"

        1. Young people of the member states are the bearers of the confidence CICA builds.
        2. Measures: (a) a CICA Youth Forum every year; (b) exchanges of young diplomats; (c) a network of youth organisations.
        3. Kazakhstan coordinates and Mongolia co-coordinates the priority area.
        """);
  }
}
