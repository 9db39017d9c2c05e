package org.accord.forum;

/** What a party of the forum is; only member states hold positions. */
public enum DelegationKind {
  MEMBER_STATE,
  OBSERVER_STATE,
  OBSERVER_ORGANISATION,
  PARTNER_ORGANISATION,
  SECRETARIAT;

  public boolean holdsPosition() {
    return this == MEMBER_STATE;
  }
}
