package org.accord.document.content;

import java.math.BigDecimal;
import java.util.List;
import org.accord.system.InvalidInputException;

/** The Secretariat's budget of one year, one line per category. */
record Budget(int year, List<Line> lines) {

  static final String STAFF = "STAFF";

  record Line(String category, BigDecimal amount, String currency) {}

  static Budget read(Fields budget) {
    int year = budget.year("year");
    List<Line> lines = budget.list("lines",
        line -> new Line(line.code("category"), line.amount("amount"), line.currency("currency")));
    budget.requireUnique("lines", lines, Line::category, "refusal.content.sameCategory");
    return new Budget(year, lines);
  }

  Money staffLine() {
    return lines.stream()
        .filter(line -> line.category().equals(STAFF))
        .findFirst()
        .map(line -> new Money(line.amount(), line.currency()))
        .orElseThrow(() -> new InvalidInputException("refusal.content.noStaffLine"));
  }
}
