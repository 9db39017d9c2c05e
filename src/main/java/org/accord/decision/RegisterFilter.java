package org.accord.decision;

/**
 * Which decisions of the register a reader asks for; a null field does not filter.
 *
 * @param year the year of the decision's number (SOC/2022/7 is of 2022)
 * @param text found in the decided document's symbol or title, as the register recorded them, in any case
 */
public record RegisterFilter(Integer year, String text) {

  /** The whole register. */
  public static final RegisterFilter ALL = new RegisterFilter(null, null);

  public RegisterFilter {
    text = text == null || text.isBlank() ? null : text.strip();
  }

  /** The decisions of one year, or of all years when null. */
  public static RegisterFilter year(Integer year) {
    return new RegisterFilter(year, null);
  }
}
