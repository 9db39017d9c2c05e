package org.accord.document.content;

/** The five dimensions of the forum's confidence-building measures. */
enum Dimension {
  ECONOMIC("Economic"),
  ENVIRONMENTAL("Environmental"),
  HUMAN("Human"),
  NEW_CHALLENGES_AND_THREATS("New challenges and threats"),
  MILITARY_POLITICAL("Military-political");

  private final String label;

  Dimension(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }
}
