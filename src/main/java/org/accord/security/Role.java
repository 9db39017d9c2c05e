package org.accord.security;

import org.accord.forum.ForumGroups;

/**
 * The roles of the forum's bodies, each a Camunda group: the one policy of who may act as a chair,
 * the Secretariat or an administrator. Speaking for a delegation is checked by {@link CurrentUser#requireMemberOf}.
 */
public enum Role {
  SWG_CHAIR(ForumGroups.SWG_CHAIR, "refusal.security.onlySwgChair"),
  SOC_CHAIR(ForumGroups.SOC_CHAIR, "refusal.security.onlySocChair"),
  SECRETARIAT(ForumGroups.SECRETARIAT, "refusal.security.onlySecretariat"),
  ADMINISTRATOR(ForumGroups.ADMINISTRATORS, "refusal.security.onlyAdministrator");

  private final String group;
  private final String refusal;

  Role(String group, String refusal) {
    this.group = group;
    this.refusal = refusal;
  }

  public String group() {
    return group;
  }

  String refusal() {
    return refusal;
  }
}
