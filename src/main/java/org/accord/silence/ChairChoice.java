package org.accord.silence;

import java.time.OffsetDateTime;
import org.accord.tasklist.TaskCommand;

/** Where the text goes after silence was broken: the SOC Chair's choice. */
public enum ChairChoice {
  BACK_TO_SWG,
  NEXT_MEETING;

  /** The choice as the Chair makes it at the task, and when they signed it (none from Camunda Tasklist). */
  public record Made(ChairChoice choice, OffsetDateTime signedAt) implements TaskCommand {

    /** A choice not signed. */
    public Made(ChairChoice choice) {
      this(choice, null);
    }
  }
}
