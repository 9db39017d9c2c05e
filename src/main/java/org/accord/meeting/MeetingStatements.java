package org.accord.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.accord.decision.Reservation;
import org.accord.forum.Delegation;
import org.accord.forum.Forum;
import org.accord.system.Inputs;
import org.accord.system.InvalidInputException;
import org.accord.system.Limits;
import org.springframework.stereotype.Component;

/**
 * Statements for the record made at a meeting, each by a member state. The meeting desk and Camunda
 * Tasklist's form take them as the Chair types them, one a line:
 * {@code CN: China joins consensus on the understanding that ...}; the API as a list. Either way
 * they are checked here, once, when the decision is recorded.
 */
@Component
public class MeetingStatements {

  private final Forum forum;

  MeetingStatements(Forum forum) {
    this.forum = forum;
  }

  /** Lines as typed, into statements; checked when the decision is recorded. */
  public static List<Reservation> parse(String typed) {
    List<Reservation> statements = new ArrayList<>();
    if (typed == null || typed.isBlank()) {
      return statements;
    }
    String[] lines = typed.split("\\R");
    for (int number = 1; number <= lines.length; number++) {
      String line = lines[number - 1];
      if (line.isBlank()) {
        continue;
      }
      int colon = line.indexOf(':');
      String code = colon < 0 ? "" : Inputs.code(line.substring(0, colon));
      String text = colon < 0 ? "" : line.substring(colon + 1).strip();
      if (code.isEmpty() || text.isEmpty()) {
        throw new InvalidInputException("refusal.meeting.statementLine", number);
      }
      statements.add(new Reservation(code, text, Reservation.Source.MEETING));
    }
    return statements;
  }

  /** Each statement by a member state, with a text within the limit. */
  List<Reservation> checked(List<Reservation> statements) {
    Set<String> memberStates = forum.memberStates().stream().map(Delegation::code).collect(Collectors.toSet());
    List<Reservation> checked = new ArrayList<>();
    for (int number = 1; number <= statements.size(); number++) {
      Reservation statement = statements.get(number - 1);
      String code = Inputs.code(statement.delegationCode());
      String text = Inputs.required(statement.text(), Limits.TEXT,
          "refusal.meeting.statementEmpty", "refusal.meeting.statementTooLong", number);
      if (!memberStates.contains(code)) {
        throw new InvalidInputException("refusal.meeting.statementNotMemberState", number, code);
      }
      checked.add(new Reservation(code, text, Reservation.Source.MEETING));
    }
    return checked;
  }
}
