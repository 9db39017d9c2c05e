package org.accord.bench;

/**
 * The user steps of one document's approval cycle, taken either through Accord's HTTP API (W1) or straight through
 * Accord's services in the same JVM (W1e). Each method is one user action.
 */
interface Steps {

  long create(String title, String text);

  void register(long document, String symbol);

  void give(long document, String delegation, String kind, String text);

  void revise(long document, String text);

  void confirmConsensus(long document);

  void routeToMeeting(long document);

  long convene(String title);

  void setAgenda(long meeting, long document);

  /** Confirms the agenda; true when the meeting is not in session yet, so that the SOC Chair opens it. */
  boolean confirmAgenda(long meeting);

  void openSession(long meeting);

  void approve(long meeting, long document);
}
