package org.accord.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.accord.forum.ForumMembers.Member;
import org.accord.forum.ForumProperties.Chairs;
import org.accord.forum.ForumProperties.Party;
import org.accord.forum.ForumProperties.Person;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The forum as configured becomes parties, groups and users: who speaks for whom, and who chairs. */
class ForumMembersTest {

  private static final Locale JVM_LANGUAGE = Locale.getDefault();

  private final ForumMembers forum = new ForumMembers(new ForumProperties("Conference", "Совещание", "CICA", "forum.test", ZoneId.of("Asia/Almaty"), "secret",
      List.of(new Party("IN", "India", "Индия", DelegationKind.MEMBER_STATE, List.of("in.delegate1", "swg.chair")),
          new Party("KZ", "Kazakhstan", "Казахстан", DelegationKind.MEMBER_STATE, List.of("kz.delegate1"))),
      List.of(new Party("UN", "United Nations", null, DelegationKind.OBSERVER_ORGANISATION, List.of("un.observer"))),
      new Party("SEC", "Secretariat", "Секретариат", DelegationKind.SECRETARIAT, List.of("secretariat.officer")),
      new Chairs(List.of("swg.chair"), List.of("soc.chair")),
      List.of("admin"),
      List.of(new Person("soc.chair", "Chair", "of the SOC", "soc@example.org", "chair-password"))), true);

  @AfterEach
  void restoreTheLanguage() {
    Locale.setDefault(JVM_LANGUAGE);
  }

  @Test
  void shouldGiveEachMemberStateAndObserverTheGroupOfItsDelegation() {
    assertThat(forum.delegations()).containsExactly(
        new Delegation("IN", "India", DelegationKind.MEMBER_STATE, "delegation-in", "Индия"),
        new Delegation("KZ", "Kazakhstan", DelegationKind.MEMBER_STATE, "delegation-kz", "Казахстан"),
        new Delegation("UN", "United Nations", DelegationKind.OBSERVER_ORGANISATION, "delegation-un"),
        new Delegation("SEC", "Secretariat", DelegationKind.SECRETARIAT, ForumGroups.SECRETARIAT, "Секретариат"));
  }

  @Test
  void shouldNameAPartyInTheReadersLanguageAndInEnglishWhereConfigGivesNoRussianName() {
    Locale russian = Locale.forLanguageTag("ru");

    assertThat(forum.delegations()).extracting(delegation -> delegation.name(russian))
        .containsExactly("Индия", "Казахстан", "United Nations", "Секретариат");
    assertThat(forum.delegations()).extracting(delegation -> delegation.name(Locale.UK))
        .containsExactly("India", "Kazakhstan", "United Nations", "Secretariat");
  }

  @Test
  void shouldPutEachUserInTheGroupsOfEveryRoleTheyHold() {
    assertThat(forum.members()).extracting(Member::id, Member::groups).contains(
        tuple("swg.chair", Set.of("delegation-in", "chairs", "swg-chair")),
        tuple("un.observer", Set.of("delegation-un", "observers")),
        tuple("secretariat.officer", Set.of("secretariat")),
        tuple("soc.chair", Set.of("chairs", "soc-chair")),
        tuple("admin", Set.of("camunda-admin")));
  }

  @Test
  void shouldTakeAPersonsOwnDetailsElseTheDemoPasswordAndTheForumsMailDomain() {
    Member chair = forum.members().stream().filter(member -> member.id().equals("soc.chair")).findFirst().orElseThrow();
    Member delegate = forum.members().stream().filter(member -> member.id().equals("kz.delegate1")).findFirst().orElseThrow();

    assertThat(chair).extracting(Member::email, Member::password).containsExactly("soc@example.org", "chair-password");
    assertThat(delegate).extracting(Member::lastName, Member::email, Member::password)
        .containsExactly("Kazakhstan", "kz.delegate1@forum.test", "secret");
  }

  @Test
  void shouldNameIndiasGroupTheSameOnAMachineSpeakingTurkish() {
    // Turkish lowercases "I" to a dotless "ı": a group named by the machine's language would not be India's.
    Locale.setDefault(Locale.forLanguageTag("tr-TR"));

    assertThat(forum.delegations()).extracting(Delegation::groupId).startsWith("delegation-in");
  }
}
