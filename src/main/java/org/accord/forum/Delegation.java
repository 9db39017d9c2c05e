package org.accord.forum;

import java.util.Locale;
import org.accord.system.Named;

/**
 * A party of the forum and the Camunda group its users belong to.
 *
 * @param russianName its name in the forum's other working language; null when config gives none
 */
public record Delegation(String code, String name, DelegationKind kind, String groupId, String russianName)
    implements Named {

  public Delegation(String code, String name, DelegationKind kind, String groupId) {
    this(code, name, kind, groupId, null);
  }

  public boolean holdsPosition() {
    return kind.holdsPosition();
  }

  /** Its name in the reader's language: Russian where config gives one, else the English name. */
  @Override
  public String name(Locale language) {
    return language != null && "ru".equals(language.getLanguage()) && russianName != null ? russianName : name;
  }
}
