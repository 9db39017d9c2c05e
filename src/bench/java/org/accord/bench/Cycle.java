package org.accord.bench;

import java.util.List;

/**
 * One document through the whole procedure, as W1 and W1e drive it: draft, registration, a round of 28 positions
 * with one amendment, a revision, a second round of 28 positions, consensus, the route to a meeting, the meeting
 * (convened, agenda set and confirmed, session opened) and the SOC's approval: 66 user actions.
 */
final class Cycle {

  static final List<String> MEMBER_STATES = List.of("AF", "AZ", "BH", "BD", "KH", "CN", "EG", "IN", "IR", "IQ",
      "IL", "JO", "KZ", "KW", "KG", "MN", "PK", "PS", "QA", "KR", "RU", "LK", "TJ", "TH", "TR", "AE", "UZ", "VN");
  static final String AMENDING_STATE = "RU";

  private Cycle() {}

  /** Runs one cycle; returns the number of user actions it took. Positions' durations go to {@code positions}. */
  static int run(Steps steps, String tag, Latencies positions) {
    int actions = 0;
    long document = steps.create("Benchmark concept paper " + tag, "1. First draft of the paper " + tag + ".");
    actions++;
    steps.register(document, "BENCH/" + tag);
    actions++;
    actions += round(steps, document, true, positions);
    steps.revise(document, "1. Revised draft of the paper " + tag + ", with the amendment.");
    actions++;
    actions += round(steps, document, false, positions);
    steps.confirmConsensus(document);
    actions++;
    steps.routeToMeeting(document);
    actions++;
    long meeting = steps.convene("SOC meeting " + tag);
    actions++;
    steps.setAgenda(meeting, document);
    actions++;
    boolean notInSession = steps.confirmAgenda(meeting);
    actions++;
    if (notInSession) {
      steps.openSession(meeting);
      actions++;
    }
    steps.approve(meeting, document);
    actions++;
    return actions;
  }

  private static int round(Steps steps, long document, boolean withAmendment, Latencies positions) {
    for (String state : MEMBER_STATES) {
      boolean amends = withAmendment && state.equals(AMENDING_STATE);
      long started = System.nanoTime();
      steps.give(document, state, amends ? "AMENDMENT" : "NO_OBJECTION",
          amends ? "In paragraph 1, add \"and its partners\"." : null);
      positions.add(System.nanoTime() - started);
    }
    return MEMBER_STATES.size();
  }
}
