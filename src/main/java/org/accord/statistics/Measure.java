package org.accord.statistics;

/** The durations kept as histograms of whole hours (statistics_duration), each by its own subject. */
enum Measure {
  /** A document type: from the document's creation to its adoption. */
  CYCLE,
  /** A document type and a stage: an adopted document's total time in the stage. */
  STAGE,
  /** A delegation: from a round's opening to the delegation's first position in its own words. */
  RESPONSE
}
