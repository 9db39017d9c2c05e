package org.accord.home;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.accord.document.Document;
import org.accord.document.Documents;
import org.accord.forum.Delegation;
import org.accord.forum.Forum;
import org.accord.negotiation.Negotiation;
import org.accord.security.CurrentUser;
import org.accord.security.Role;
import org.accord.system.Labels;
import org.accord.system.web.PageController;
import org.accord.tasklist.TaskList;
import org.accord.tasklist.WorkItem;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * My work: what waits for the user and their delegation or body, by document, each with its deadline
 * and the page where it is done; and the positions their delegation holds in rounds still open, to
 * come back and change one.
 */
@PageController
class HomeController {

  /** The tasks shown at once; beyond, the page says how many more wait. */
  static final int SHOWN = 200;

  /** One document's open tasks (or a meeting's, which concern no single document: documentId null). */
  record DocumentWork(Long documentId, String label, String documentType, List<WorkItem> tasks) {}

  private final TaskList taskList;
  private final Negotiation negotiation;
  private final Documents documents;
  private final Forum forum;
  private final Labels labels;

  HomeController(TaskList taskList, Negotiation negotiation, Documents documents, Forum forum, Labels labels) {
    this.taskList = taskList;
    this.negotiation = negotiation;
    this.documents = documents;
    this.forum = forum;
    this.labels = labels;
  }

  @GetMapping("/")
  String home(Model model, CurrentUser user, Locale locale) {
    var page = taskList.of(user, null, null, null, null, 0, SHOWN);
    Map<Long, DocumentWork> byDocument = new LinkedHashMap<>();
    List<WorkItem> elsewhere = new ArrayList<>();
    for (WorkItem task : page.items()) {
      if (task.documentId() == null) {
        elsewhere.add(task);
        continue;
      }
      byDocument.computeIfAbsent(task.documentId(), id -> new DocumentWork(id,
          Labels.document(task.documentSymbol(), task.documentTitle()), task.documentType(),
          new ArrayList<>())).tasks().add(task);
    }
    // One read of the forum's parties: the user's delegations among them, and every party's name.
    List<Delegation> parties = forum.all();
    List<String> delegations = parties.stream().filter(party -> user.groups().contains(party.groupId()))
        .filter(Delegation::holdsPosition).map(Delegation::code).toList();
    var positions = negotiation.openPositionsOf(delegations);
    Map<Long, Document> positionDocuments = documents.all(positions.stream().map(Negotiation.OpenPosition::documentId)
        .distinct().toList());
    model.addAttribute("partyNames", parties.stream()
        .collect(Collectors.toMap(Delegation::code, party -> party.name(locale), (first, second) -> first)));
    // A task that waits for no delegation waits for a chair or the Secretariat: named by its role.
    model.addAttribute("roleNames", Arrays.stream(Role.values()).collect(Collectors.toMap(Role::group, labels::of)));
    model.addAttribute("work", List.copyOf(byDocument.values()));
    model.addAttribute("meetingWork", elsewhere);
    model.addAttribute("total", page.total());
    model.addAttribute("more", page.total() - page.items().size());
    model.addAttribute("positions", positions);
    model.addAttribute("positionDocuments", positionDocuments);
    return "home";
  }
}
