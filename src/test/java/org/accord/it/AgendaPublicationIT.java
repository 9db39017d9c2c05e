package org.accord.it;

import static org.accord.it.Procedure.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

/**
 * "Publish the agenda" mails the forum: one mail to each user of each member state's delegation, to
 * the chairs and to the Secretariat, each naming the meeting, when it starts and its items in the
 * agenda's order, in the reader's language.
 */
@AccordIntegrationTest
class AgendaPublicationIT extends ProcedureJourney {

  private static final ZoneId FORUM = ZoneId.of("Asia/Almaty");

  @Test
  void publishingTheAgendaMailsTheForumOnceEachWithTheMeetingAndItsItemsInOrder() {
    // given two papers recommended to the SOC, on the agenda of a meeting a week ahead, water moved up to item 1
    long energy = procedure.documentAwaitingMeeting("Agenda publication: paper on energy", "CICA/IT/AGENDA/");
    long water = procedure.documentAwaitingMeeting("Agenda publication: paper on water", "CICA/IT/AGENDA/");
    String title = "Agenda publication test meeting " + energy;
    OffsetDateTime starts = OffsetDateTime.now(ZoneOffset.UTC).plusDays(7).withHour(4).truncatedTo(ChronoUnit.HOURS);
    long meeting = procedure.convene(title, starts, "VIDEOCONFERENCE", null);
    String agenda = "/api/meetings/" + meeting + "/agenda";
    ok(api.exchange("secretariat.officer", HttpMethod.PUT, agenda, Map.of("documentIds", List.of(energy, water))));
    ok(api.post("secretariat.officer", agenda + "/" + water + "/up", Map.of()));
    ok(api.post("secretariat.officer", agenda + "/confirmation", Map.of()));

    // when the Secretariat publishes it
    ok(api.post("secretariat.officer", agenda + "/publication", Map.of()));

    // then every member state's delegates, the two chairs, the Secretariat and the observers receive exactly one mail
    List<TestMailServer.Letter> letters = TestMailServer.lettersWithSubjectContaining(api, title);
    Set<String> forum = new TreeSet<>(Procedure.usersOf(Procedure.MEMBER_STATES));
    forum.addAll(List.of("swg.chair", "soc.chair", "secretariat.officer", "un.observer"));
    Map<String, Long> once = forum.stream().collect(Collectors.toMap(Function.identity(), user -> 1L, (a, b) -> a,
        TreeMap::new));
    Map<String, Long> received = letters.stream()
        .collect(Collectors.groupingBy(TestMailServer.Letter::user, TreeMap::new, Collectors.counting()));
    assertThat(received).hasSize(39).isEqualTo(once).doesNotContainKey("admin");

    // and each names the meeting and its start in the reader's language, then the items in the agenda's order
    String items = "1. CICA/IT/AGENDA/" + water + " Agenda publication: paper on water\n"
        + "2. CICA/IT/AGENDA/" + energy + " Agenda publication: paper on energy";
    assertThat(letters).allSatisfy(letter -> {
      boolean russian = letter.subject().startsWith("Повестка дня: ");
      Locale language = russian ? Locale.forLanguageTag("ru") : Locale.ENGLISH;
      String startsAt = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", language).format(starts.atZoneSameInstant(FORUM))
          + " (UTC" + FORUM.getRules().getOffset(starts.toInstant()).getId() + ")";
      assertThat(letter.subject()).isEqualTo((russian ? "Повестка дня: " : "Agenda: ") + title);
      assertThat(letter.body()).startsWith(russian
              ? "Повестка дня заседания «" + title + "», которое начинается " + startsAt + ":\n\n" + items + "\n\n"
              : "The agenda of the meeting \"" + title + "\", which starts at " + startsAt + ":\n\n" + items + "\n\n")
          .containsPattern("https?://[^ \n]+/desk/meetings/" + meeting + "\\b");
    });
  }
}
