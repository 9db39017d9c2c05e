package org.accord.forum;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.accord.forum.ForumProperties.Party;
import org.accord.forum.ForumProperties.Person;

/** The configured forum, read as the parties, groups and users Accord seeds. */
final class ForumMembers {

  record Group(String id, String name, String type) {}

  record Member(String id, String firstName, String lastName, String email, String password,
      Set<String> groups) {}

  private final ForumProperties forum;
  private final boolean demoUsers;

  /** With demo users, every configured user gets the demo password unless {@code people} gives one. */
  ForumMembers(ForumProperties forum, boolean demoUsers) {
    this.forum = forum;
    this.demoUsers = demoUsers;
  }

  List<Delegation> delegations() {
    List<Delegation> delegations = new ArrayList<>();
    forum.memberStates().forEach(party -> delegations.add(
        new Delegation(party.code(), party.name(), DelegationKind.MEMBER_STATE,
            ForumGroups.delegationGroup(party.code()), party.nameRu())));
    forum.observers().forEach(party -> delegations.add(
        new Delegation(party.code(), party.name(), party.kind(),
            ForumGroups.delegationGroup(party.code()), party.nameRu())));
    if (forum.secretariat() != null) {
      delegations.add(new Delegation(forum.secretariat().code(), forum.secretariat().name(),
          DelegationKind.SECRETARIAT, ForumGroups.SECRETARIAT, forum.secretariat().nameRu()));
    }
    return delegations;
  }

  List<Group> groups() {
    List<Group> groups = new ArrayList<>();
    for (Delegation delegation : delegations()) {
      if (delegation.kind() != DelegationKind.SECRETARIAT) {
        groups.add(new Group(delegation.groupId(), "Delegation of " + delegation.name(), "WORKFLOW"));
      }
    }
    groups.add(new Group(ForumGroups.SECRETARIAT, "Secretariat", "WORKFLOW"));
    groups.add(new Group(ForumGroups.OBSERVERS, "Observers", "WORKFLOW"));
    groups.add(new Group(ForumGroups.CHAIRS, "Chairs", "WORKFLOW"));
    groups.add(new Group(ForumGroups.SWG_CHAIR, "Chair of the Special Working Group", "WORKFLOW"));
    groups.add(new Group(ForumGroups.SOC_CHAIR, "Chair of the Senior Officials Committee", "WORKFLOW"));
    groups.add(new Group(ForumGroups.ADMINISTRATORS, "Administrators", "SYSTEM"));
    return groups;
  }

  /** Every configured user with every group they belong to; one user may hold several roles. */
  List<Member> members() {
    Map<String, Set<String>> groupsByUser = new LinkedHashMap<>();
    Map<String, String> roleByUser = new LinkedHashMap<>();
    for (Party party : parties()) {
      boolean observer = !party.kind().holdsPosition() && party.kind() != DelegationKind.SECRETARIAT;
      String group = party.kind() == DelegationKind.SECRETARIAT
          ? ForumGroups.SECRETARIAT : ForumGroups.delegationGroup(party.code());
      for (String user : party.users()) {
        add(groupsByUser, user, group);
        if (observer) {
          add(groupsByUser, user, ForumGroups.OBSERVERS);
        }
        roleByUser.putIfAbsent(user, party.name());
      }
    }
    if (forum.chairs() != null) {
      forum.chairs().swg().forEach(user -> {
        add(groupsByUser, user, ForumGroups.CHAIRS, ForumGroups.SWG_CHAIR);
        roleByUser.putIfAbsent(user, "SWG Chair");
      });
      forum.chairs().soc().forEach(user -> {
        add(groupsByUser, user, ForumGroups.CHAIRS, ForumGroups.SOC_CHAIR);
        roleByUser.putIfAbsent(user, "SOC Chair");
      });
    }
    forum.administrators().forEach(user -> {
      add(groupsByUser, user, ForumGroups.ADMINISTRATORS);
      roleByUser.putIfAbsent(user, "Administrator");
    });

    Map<String, Person> people = new LinkedHashMap<>();
    forum.people().forEach(person -> people.put(person.id(), person));
    List<Member> members = new ArrayList<>();
    groupsByUser.forEach((id, groups) -> {
      Person person = people.get(id);
      String first = person != null && person.firstName() != null ? person.firstName() : id;
      String last = person != null && person.lastName() != null ? person.lastName() : roleByUser.get(id);
      String email = person != null && person.email() != null ? person.email() : id + "@" + forum.mailDomain();
      String password = person != null && person.password() != null ? person.password()
          : demoUsers ? forum.demoPassword() : null;
      members.add(new Member(id, first, last, email, password, groups));
    });
    return members;
  }

  private List<Party> parties() {
    return Stream.of(
            forum.memberStates().stream().map(p -> new Party(p.code(), p.name(), p.nameRu(), DelegationKind.MEMBER_STATE, p.users())),
            forum.observers().stream(),
            Stream.ofNullable(forum.secretariat()).map(p -> new Party(p.code(), p.name(), p.nameRu(), DelegationKind.SECRETARIAT, p.users())))
        .flatMap(s -> s)
        .toList();
  }

  private static void add(Map<String, Set<String>> groupsByUser, String user, String... groups) {
    Set<String> set = groupsByUser.computeIfAbsent(user, u -> new LinkedHashSet<>());
    for (String group : groups) {
      set.add(group);
    }
  }
}
