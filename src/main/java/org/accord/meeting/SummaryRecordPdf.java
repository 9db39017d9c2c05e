package org.accord.meeting;

import org.springframework.stereotype.Component;

/** Renders a closed meeting's summary record as a PDF. */
@Component
public class SummaryRecordPdf {

  public byte[] render(MeetingSummary summary) {
    throw new UnsupportedOperationException("not yet");
  }
}
