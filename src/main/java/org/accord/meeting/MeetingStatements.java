package org.accord.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.accord.decision.Reservation;
import org.accord.forum.Delegation;
import org.accord.forum.Forum;
import org.accord.system.InvalidInputException;

/**
 * Statements made at the meeting travel through the task form as text, one per line:
 * {@code CN: China reads paragraph 2 as ...}. Accord's API and Tasklist both use this form.
 */
final class MeetingStatements {

  private MeetingStatements() {}

  static String format(List<Reservation> statements) {
    if (statements == null) {
      return "";
    }
    return statements.stream()
        .map(statement -> statement.delegationCode() + ": " + statement.text().replace('\n', ' ').strip())
        .collect(Collectors.joining("\n"));
  }

  static List<Reservation> parse(String text, Forum forum) {
    List<Reservation> statements = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return statements;
    }
    for (String line : text.split("\\R")) {
      if (line.isBlank()) {
        continue;
      }
      int colon = line.indexOf(':');
      if (colon < 1 || line.substring(colon + 1).isBlank()) {
        throw new InvalidInputException("A statement is one line 'CODE: text', e.g. 'CN: China reads ...'; not '" + line.strip() + "'.");
      }
      String code = line.substring(0, colon).strip().toUpperCase();
      Delegation delegation = forum.find(code)
          .filter(Delegation::holdsPosition)
          .orElseThrow(() -> new InvalidInputException("'" + code + "' is not a member state's code."));
      String statement = line.substring(colon + 1).strip();
      if (statement.length() > 20_000) {
        throw new InvalidInputException("A statement is limited to 20,000 characters.");
      }
      statements.add(new Reservation(delegation.code(), statement, Reservation.Source.MEETING));
    }
    return statements;
  }
}
