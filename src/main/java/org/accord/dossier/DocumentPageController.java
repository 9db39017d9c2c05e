package org.accord.dossier;

import java.util.List;
import java.util.Locale;
import org.accord.document.Document;
import org.accord.document.DocumentVersion;
import org.accord.document.Documents;
import org.accord.document.VersionChanges;
import org.accord.decision.DecisionRegister;
import org.accord.security.CurrentUser;
import org.accord.security.Role;
import org.accord.silence.SilenceProcedures;
import org.accord.system.ConflictException;
import org.accord.system.Problem;
import org.accord.system.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page of a document, for every signed-in reader (observers too: documents are the forum's to
 * read), and the comparison of two of its versions. It changes nothing: the forms it makes room for
 * (a position, a break of silence, a revision) are served by the modules that record them.
 */
@PageController
class DocumentPageController {

  private final DocumentPages pages;
  private final Documents documents;
  private final DecisionRegister register;
  private final SilenceProcedures silence;

  DocumentPageController(DocumentPages pages, Documents documents, DecisionRegister register,
      SilenceProcedures silence) {
    this.pages = pages;
    this.documents = documents;
    this.register = register;
    this.silence = silence;
  }

  @GetMapping("/documents/{id}")
  String document(@PathVariable long id, Model model, CurrentUser user, Locale language) {
    model.addAttribute("page", pages.of(id, user, language));
    // The SOC Chair's sections, only while the process waits for the Chair's step.
    boolean socChair = user.has(Role.SOC_CHAIR);
    model.addAttribute("offersRoute", socChair && register.waitsForRoute(id));
    model.addAttribute("offersSilenceChair", socChair && (silence.waitsForCirculation(id) || silence.waitsForChoice(id)));
    return "dossier/document";
  }

  /** The latest round alone, which the document page asks for again while the round is open. */
  @GetMapping("/documents/{id}/rounds/latest")
  String latestRound(@PathVariable long id, Model model, CurrentUser user) {
    LatestRound latest = pages.latestRound(id, user);
    // The page's fragment reads its round from "page", as on the whole page.
    model.addAttribute("page", latest);
    model.addAttribute("document", latest.document());
    return "dossier/document :: latestRound";
  }

  /** The compare form asks by query, so that it works without script; the comparison has its own address. */
  @GetMapping("/documents/{id}/diff")
  String compare(@PathVariable long id, @RequestParam int from, @RequestParam int to) {
    return "redirect:/documents/" + id + "/versions/" + from + "/diff/" + to;
  }

  @GetMapping("/documents/{id}/versions/{from}/diff/{to}")
  String diff(@PathVariable long id, @PathVariable int from, @PathVariable int to, Model model) {
    Document document = documents.get(id);
    List<DocumentVersion> versions = documents.versions(id);
    model.addAttribute("document", document);
    model.addAttribute("versions", versions);
    model.addAttribute("from", from);
    model.addAttribute("to", to);
    try {
      VersionChanges changes = documents.compare(id, from, to);
      model.addAttribute("changes", changes);
    } catch (ConflictException filesNotCompared) {
      // Two files (or a file and a text) are not compared: the page says so and offers both to download.
      model.addAttribute("problem", Problem.of(filesNotCompared));
    }
    return "dossier/diff";
  }
}
