package org.accord.dossier;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.accord.document.Document;
import org.accord.document.DocumentFilter;
import org.accord.document.DocumentStatus;
import org.accord.document.DocumentType;
import org.accord.document.Documents;
import org.accord.forum.Delegation;
import org.accord.forum.DelegationKind;
import org.accord.forum.Forum;
import org.accord.system.web.FilterInput;
import org.accord.system.web.Paging;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The document library: every document, for every signed-in reader (documents are the forum's to
 * read, observers' too, as the API and the document page have it). Three reads a page whatever its
 * length: the count, the page, and the forum's parties for the coordinators' names.
 */
@Component
class DocumentLibrary {

  static final int PAGE_SIZE = 25;

  private final Documents documents;
  private final Forum forum;

  DocumentLibrary(Documents documents, Forum forum) {
    this.documents = documents;
    this.forum = forum;
  }

  @Transactional(readOnly = true)
  LibraryPage of(LibraryPage.Query query, Locale language) {
    FilterInput input = new FilterInput();
    List<Delegation> parties = forum.all();
    Map<String, Delegation> byCode = parties.stream()
        .collect(Collectors.toMap(Delegation::code, Function.identity(), (first, second) -> first));
    String coordinator = coordinator(query.coordinator(), byCode, input);
    DocumentFilter filter = new DocumentFilter(
        input.oneOf(DocumentType.class, query.type(), "library.filter.type.unknown"),
        input.oneOf(DocumentStatus.class, query.status(), "library.filter.status.unknown"),
        input.year(query.year()), coordinator, input.text(query.text()));
    int asked = input.pageNumber(query.page());

    long total = documents.count(filter);
    Paging paging = input.paging(asked, PAGE_SIZE, total);
    List<LibraryPage.Row> rows = (total == 0 ? List.<Document>of()
        : documents.find(filter, paging.offset(), PAGE_SIZE)).stream()
        .map(document -> new LibraryPage.Row(document, nameOf(byCode.get(document.coordinatorCode()),
            document.coordinatorCode(), language)))
        .toList();

    Collator order = Collator.getInstance(language);
    List<LibraryPage.Option> coordinators = parties.stream().filter(DocumentLibrary::mayCoordinate)
        .map(party -> new LibraryPage.Option(party.code(), party.name(language)))
        .sorted(Comparator.comparing(LibraryPage.Option::label, order))
        .toList();
    return new LibraryPage(query, filter, rows, paging, input.notes(), coordinators);
  }

  /** A coordinator's code as the address gives it; an unknown one is left out, noted. */
  private static String coordinator(String raw, Map<String, Delegation> byCode, FilterInput input) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String code = raw.strip().toUpperCase(Locale.ROOT);
    if (byCode.containsKey(code)) {
      return code;
    }
    input.note("library.filter.coordinator.unknown", raw.strip());
    return null;
  }

  /** Member states and the Secretariat hold the pen on documents; observers never do. */
  private static boolean mayCoordinate(Delegation party) {
    return party.holdsPosition() || party.kind() == DelegationKind.SECRETARIAT;
  }

  private static String nameOf(Delegation party, String code, Locale language) {
    return party == null ? code : party.name(language);
  }
}
