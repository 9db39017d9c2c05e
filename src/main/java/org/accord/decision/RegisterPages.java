package org.accord.decision;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.accord.forum.Delegation;
import org.accord.forum.Forum;
import org.accord.system.web.FilterInput;
import org.accord.system.web.Paging;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decision register as a page, for every signed-in reader: the count, one page of decisions
 * (their reservations in one more read) and the forum's parties for names, whatever the page's length.
 */
@Component
class RegisterPages {

  static final int PAGE_SIZE = 25;

  private final DecisionRegister register;
  private final Forum forum;

  RegisterPages(DecisionRegister register, Forum forum) {
    this.register = register;
    this.forum = forum;
  }

  @Transactional(readOnly = true)
  RegisterPage of(RegisterPage.Query query, Locale language) {
    FilterInput input = new FilterInput();
    RegisterFilter filter = new RegisterFilter(input.year(query.year()), input.text(query.text()));
    int asked = input.pageNumber(query.page());

    long total = register.count(filter);
    Paging paging = input.paging(asked, PAGE_SIZE, total);
    List<Decision> decisions = total == 0 ? List.of() : register.page(filter, paging.offset(), PAGE_SIZE);
    Map<String, Delegation> parties = decisions.stream().allMatch(decision -> decision.reservations().isEmpty())
        ? Map.of()
        : forum.all().stream().collect(Collectors.toMap(Delegation::code, Function.identity(), (first, second) -> first));
    List<RegisterPage.Row> rows = decisions.stream()
        .map(decision -> new RegisterPage.Row(decision, decision.reservations().stream()
            .map(Reservation::delegationCode).distinct()
            .map(code -> parties.containsKey(code) ? parties.get(code).name(language) : code)
            .toList()))
        .toList();
    return new RegisterPage(query, filter, rows, paging, input.notes(), language);
  }
}
