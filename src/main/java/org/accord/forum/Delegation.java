package org.accord.forum;

/** A party of the forum and the Camunda group its users belong to. */
public record Delegation(String code, String name, DelegationKind kind, String groupId) {

  public boolean holdsPosition() {
    return kind.holdsPosition();
  }
}
