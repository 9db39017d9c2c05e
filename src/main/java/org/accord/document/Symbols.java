package org.accord.document;

import java.util.Optional;
import org.accord.forum.Forum;
import org.accord.system.AccordClock;
import org.springframework.stereotype.Component;

/** The symbol the registration page suggests for a document: the next of its type's pattern this year. */
@Component
class Symbols {

  /** The pattern of the document's type and the symbol it gives next. */
  record Suggestion(String pattern, String symbol) {}

  private final SymbolPatterns patterns;
  private final DocumentRepository documents;
  private final Forum forum;
  private final AccordClock clock;

  Symbols(SymbolPatterns patterns, DocumentRepository documents, Forum forum, AccordClock clock) {
    this.patterns = patterns;
    this.documents = documents;
    this.forum = forum;
    this.clock = clock;
  }

  Optional<Suggestion> suggest(DocumentType type) {
    // The year the Secretariat sits in: the forum's, not UTC's (31 December, 22:00 UTC is already January in Astana).
    int year = clock.now().atZoneSameInstant(forum.timeZone()).getYear();
    return patterns.of(type).map(pattern -> new Suggestion(pattern.text(),
        pattern.next(year, documents.symbolsOf(type), documents::symbolTaken)));
  }
}
