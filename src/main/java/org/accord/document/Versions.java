package org.accord.document;

import org.accord.document.content.ContentRules;
import org.accord.system.AccordClock;
import org.springframework.stereotype.Component;

/** Stores a submitted version: structured data validated and in canonical form, the body as it came. */
@Component
class Versions {

  private final VersionRepository versions;
  private final ContentRules contentRules;
  private final AccordClock clock;

  Versions(VersionRepository versions, ContentRules contentRules, AccordClock clock) {
    this.versions = versions;
    this.contentRules = contentRules;
    this.clock = clock;
  }

  /** The caller holds the document's row lock, so version numbers never collide. */
  DocumentVersion add(Document document, Submission submission, String userId) {
    if (submission.data() == null) {
      return versions.insert(document.id(), submission.body(), null, submission.note(), userId, clock.now());
    }
    String canonical = contentRules.canonical(document.type(), submission.data());
    return versions.insert(document.id(), VersionContent.data(canonical), submission.body(), submission.note(),
        userId, clock.now());
  }
}
