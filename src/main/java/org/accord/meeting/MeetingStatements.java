package org.accord.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.accord.decision.Reservation;
import org.accord.forum.Delegation;
import org.accord.forum.Forum;
import org.accord.system.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * Statements for the record as the Chair types them during the meeting, one a line:
 * {@code CN: China joins consensus on the understanding that ...}, each by a member state. The
 * meeting desk, Camunda Tasklist's form and the API (through the task) all read them this way.
 */
@Component
public class MeetingStatements {

  private final Forum forum;

  MeetingStatements(Forum forum) {
    this.forum = forum;
  }

  static String format(List<Reservation> statements) {
    if (statements == null) {
      return "";
    }
    return statements.stream()
        .map(statement -> statement.delegationCode() + ": " + statement.text().replace('\n', ' ').strip())
        .collect(Collectors.joining("\n"));
  }

  public List<Reservation> parse(String typed) {
    List<Reservation> statements = new ArrayList<>();
    if (typed == null || typed.isBlank()) {
      return statements;
    }
    Set<String> memberStates = forum.memberStates().stream().map(Delegation::code).collect(Collectors.toSet());
    String[] lines = typed.split("\\R");
    for (int number = 1; number <= lines.length; number++) {
      String line = lines[number - 1];
      if (line.isBlank()) {
        continue;
      }
      int colon = line.indexOf(':');
      String code = colon < 0 ? "" : line.substring(0, colon).strip().toUpperCase(Locale.ROOT);
      String text = colon < 0 ? "" : line.substring(colon + 1).strip();
      if (code.isEmpty() || text.isEmpty()) {
        throw new InvalidInputException("Statement line " + number + " should read 'CODE: text', for example "
            + "'CN: China joins consensus on the understanding that ...'.");
      }
      if (!memberStates.contains(code)) {
        throw new InvalidInputException("Statement line " + number + ": '" + code
            + "' is not the code of a member state; only member states make statements for the record.");
      }
      if (text.length() > 20_000) {
        throw new InvalidInputException("Statement line " + number + " is longer than 20,000 characters.");
      }
      statements.add(new Reservation(code, text, Reservation.Source.MEETING));
    }
    return statements;
  }
}
