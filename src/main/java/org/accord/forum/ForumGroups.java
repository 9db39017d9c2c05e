package org.accord.forum;

import java.util.Locale;

/** The Camunda groups that Accord's roles are made of. */
public final class ForumGroups {

  public static final String CHAIRS = "chairs";
  public static final String SWG_CHAIR = "swg-chair";
  public static final String SOC_CHAIR = "soc-chair";
  public static final String SECRETARIAT = "secretariat";
  public static final String OBSERVERS = "observers";
  public static final String ADMINISTRATORS = "camunda-admin";

  private static final String DELEGATION_PREFIX = "delegation-";

  private ForumGroups() {}

  static String delegationGroup(String delegationCode) {
    return DELEGATION_PREFIX + delegationCode.toLowerCase(Locale.ROOT);
  }
}
