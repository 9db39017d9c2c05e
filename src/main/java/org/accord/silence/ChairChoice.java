package org.accord.silence;

import org.accord.tasklist.TaskCommand;

/** Where the text goes after silence was broken: the SOC Chair's choice. */
public enum ChairChoice {
  BACK_TO_SWG,
  NEXT_MEETING;

  /** The choice as the Chair makes it at the task. */
  public record Made(ChairChoice choice) implements TaskCommand {}
}
