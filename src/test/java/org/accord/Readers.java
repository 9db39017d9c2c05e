package org.accord;

import java.util.List;
import java.util.stream.Stream;
import org.accord.forum.Delegation;
import org.accord.forum.DelegationKind;
import org.junit.jupiter.params.provider.Arguments;

/** The readers the page tests try each page as, and the parties their pages name. */
public final class Readers {

  private Readers() {}

  /**
   * A delegate, an observer, a coordinator's delegate, the Secretariat and an administrator, each as
   * (user name, roles); for {@code @MethodSource("org.accord.Readers#everyReader")}.
   */
  public static Stream<Arguments> everyReader() {
    return Stream.of(
        Arguments.of("kz.delegate1", new String[] {"delegation-kz"}),
        Arguments.of("un.observer", new String[] {"delegation-un", "observers"}),
        Arguments.of("in.delegate1", new String[] {"delegation-in"}),
        Arguments.of("sec.officer", new String[] {"secretariat"}),
        Arguments.of("admin", new String[] {"camunda-admin"}));
  }

  /** Three member states, an observer organisation and the Secretariat, named in both languages. */
  public static List<Delegation> someParties() {
    return List.of(
        new Delegation("IN", "India", DelegationKind.MEMBER_STATE, "delegation-in", "Индия"),
        new Delegation("KZ", "Kazakhstan", DelegationKind.MEMBER_STATE, "delegation-kz", "Казахстан"),
        new Delegation("RU", "Russia", DelegationKind.MEMBER_STATE, "delegation-ru", "Россия"),
        new Delegation("UN", "United Nations", DelegationKind.OBSERVER_ORGANISATION, "delegation-un", "ООН"),
        new Delegation("SEC", "CICA Secretariat", DelegationKind.SECRETARIAT, "secretariat", "Секретариат СВМДА"));
  }
}
