package org.accord.forum;

import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The forum as the operator describes it in {@code config/forum.yaml}. */
@ConfigurationProperties("accord.forum")
record ForumProperties(
    String name,
    String nameRu,
    String shortName,
    @DefaultValue("accord.test") String mailDomain,
    @DefaultValue("UTC") ZoneId timeZone,
    String demoPassword,
    List<Party> memberStates,
    @DefaultValue List<Party> observers,
    Party secretariat,
    Chairs chairs,
    @DefaultValue List<String> administrators,
    @DefaultValue List<Person> people) {

  /** A member state, an observer or the Secretariat, named in both working languages, with the users who act for it. */
  record Party(String code, String name, String nameRu, @DefaultValue("OBSERVER_STATE") DelegationKind kind,
      @DefaultValue List<String> users) {}

  record Chairs(@DefaultValue List<String> swg, @DefaultValue List<String> soc) {}

  /** Optional display data for a user id named elsewhere. */
  record Person(String id, String firstName, String lastName, String email, String password) {}
}
