package org.accord.dossier;

import java.util.Locale;
import org.accord.system.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The document library, for every signed-in reader. The filters are read as text and checked by the
 * library, so that a value that means nothing is a sentence on the page rather than a 400.
 */
@PageController
class DocumentLibraryController {

  private final DocumentLibrary library;

  DocumentLibraryController(DocumentLibrary library) {
    this.library = library;
  }

  @GetMapping("/documents")
  String library(@RequestParam(required = false) String type, @RequestParam(required = false) String status,
      @RequestParam(required = false) String year, @RequestParam(required = false) String coordinator,
      @RequestParam(required = false) String text, @RequestParam(required = false) String page, Model model,
      Locale language) {
    model.addAttribute("library", library.of(new LibraryPage.Query(type, status, year, coordinator, text, page),
        language));
    return "dossier/library";
  }
}
