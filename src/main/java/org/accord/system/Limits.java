package org.accord.system;

/**
 * How long what people type may be: one number for each kind of text, used by the API's validation,
 * the checks inside the process and the database columns alike.
 */
public final class Limits {

  /** A document's or a meeting's title (column varchar(300)). */
  public static final int TITLE = 300;
  /** A note or reason for the record (varchar(2000)). */
  public static final int NOTE = 2000;
  /** A position's text, a statement, a break of silence (text). */
  public static final int TEXT = 20_000;
  /** The paragraph or clause a position concerns (varchar(200)). */
  public static final int ANCHOR = 200;
  /** A document symbol (varchar(64)). */
  public static final int SYMBOL = 64;
  /** A meeting's place (varchar(300)). */
  public static final int PLACE = 300;
  /** The items of a list one request carries: an agenda, an attendance, the statements of a decision. */
  public static final int ITEMS = 200;
  /** The bytes of one uploaded version: 20 MB. */
  public static final long VERSION_BYTES = 20L * 1024 * 1024;

  private Limits() {}
}
