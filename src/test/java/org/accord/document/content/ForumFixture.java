package org.accord.document.content;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.accord.forum.Delegation;
import org.accord.forum.DelegationKind;
import org.accord.forum.Forum;

/** The forum of config/forum.yaml without a database: the 28 member states, two observers, the Secretariat. */
final class ForumFixture {

  private static final String MEMBER_STATES = "AF Afghanistan;AZ Azerbaijan;BH Bahrain;BD Bangladesh;KH Cambodia;"
      + "CN China;EG Egypt;IN India;IR Iran;IQ Iraq;IL Israel;JO Jordan;KZ Kazakhstan;KW Kuwait;KG Kyrgyzstan;"
      + "MN Mongolia;PK Pakistan;PS Palestine;QA Qatar;KR Republic of Korea;RU Russia;LK Sri Lanka;TJ Tajikistan;"
      + "TH Thailand;TR Turkiye;AE United Arab Emirates;UZ Uzbekistan;VN Viet Nam";

  private static final Map<String, Delegation> DELEGATIONS = Stream.concat(
          Arrays.stream(MEMBER_STATES.split(";")).map(entry -> delegation(entry, DelegationKind.MEMBER_STATE)),
          Stream.of(delegation("JP Japan", DelegationKind.OBSERVER_STATE),
              delegation("UN United Nations", DelegationKind.OBSERVER_ORGANISATION),
              delegation("SEC CICA Secretariat", DelegationKind.SECRETARIAT)))
      .collect(Collectors.toMap(Delegation::code, Function.identity()));

  private ForumFixture() {}

  static Forum forum() {
    return stub(mock(Forum.class));
  }

  static Forum stub(Forum forum) {
    when(forum.find(anyString())).thenAnswer(call -> Optional.ofNullable(DELEGATIONS.get(call.<String>getArgument(0))));
    return forum;
  }

  private static Delegation delegation(String entry, DelegationKind kind) {
    String code = entry.substring(0, entry.indexOf(' '));
    return new Delegation(code, entry.substring(code.length() + 1), kind, "delegation-" + code.toLowerCase());
  }
}
