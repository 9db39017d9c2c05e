package org.accord.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.accord.decision.DecisionRegister;
import org.accord.document.Documents;
import org.accord.system.AccordClock;
import org.accord.system.BeforeCommit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends to the audit trail and verifies it. An entry made inside a transaction is appended just
 * before that transaction commits, with it or not at all: an action rolled back leaves no entry, an
 * action committed always has one. A refusal or a sign-in, which change nothing else, is appended
 * on its own ({@link #recordAlone}).
 */
@Service
public class AuditTrail {

  /** Decisions are put on the trail with their fingerprint under this action. */
  static final String DECISION_RECORDED = "DECISION_RECORDED";
  static final String INTEGRITY_FAILURE = "INTEGRITY_FAILURE";

  private final AuditRepository entries;
  private final DecisionRegister decisions;
  private final Documents documents;
  private final AccordClock clock;
  private final TransactionTemplate alone;

  AuditTrail(AuditRepository entries, DecisionRegister decisions, Documents documents, AccordClock clock,
      PlatformTransactionManager transactions) {
    this.entries = entries;
    this.decisions = decisions;
    this.documents = documents;
    this.clock = clock;
    this.alone = new TransactionTemplate(transactions);
    this.alone.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** Puts an action on the trail with the transaction it belongs to (on its own when there is none). */
  public void record(String actor, String action, String subject, String detail) {
    Draft draft = new Draft(actor, action, subject, detail);
    if (!BeforeCommit.inTransaction()) {
      append(List.of(draft));
      return;
    }
    pendingOfThisTransaction().add(draft);
  }

  /** Puts an event on the trail at once, in a transaction of its own: it stays even if the caller's rolls back. */
  public void recordAlone(String actor, String action, String subject, String detail) {
    append(List.of(new Draft(actor, action, subject, detail)));
  }

  public List<AuditEntry> latest(int limit) {
    return entries.latest(limit);
  }

  /** The latest stored records found changed when they were about to be served. */
  public List<AuditEntry> integrityFailures(int limit) {
    return entries.latestOf(INTEGRITY_FAILURE, limit);
  }

  /**
   * Walks the whole chain: each entry follows the one before (no id missing), names its hash, and
   * hashes to what it says; the last one is the one the head remembers. Then each decision on the
   * trail is compared with the register as it stands, and each stored version with its SHA-256.
   */
  public Verification verify() {
    List<Verification.Broken> broken = new ArrayList<>();
    Map<Long, String> fingerprints = decisions.fingerprints();
    AtomicLong count = new AtomicLong();
    AtomicLong checkedDecisions = new AtomicLong();
    AtomicReference<AuditEntry> last = new AtomicReference<>();
    entries.walk(entry -> {
      AuditEntry previous = last.get();
      long expectedId = previous == null ? 1 : previous.id() + 1;
      String expectedPrevious = previous == null ? AuditRepository.GENESIS : previous.hash();
      if (entry.id() != expectedId) {
        broken.add(new Verification.Broken("entry " + expectedId, "missing: the chain jumps to entry " + entry.id()));
      } else if (!entry.previousHash().equals(expectedPrevious)) {
        broken.add(new Verification.Broken("entry " + entry.id(), "does not name the hash of the entry before it"));
      }
      String hash = AuditRepository.hash(entry.previousHash(), entry.id(), entry.recordedAt(), entry.actor(),
          entry.action(), entry.subject(), entry.detail());
      if (!hash.equals(entry.hash())) {
        broken.add(new Verification.Broken("entry " + entry.id(), "its content no longer matches its hash"));
      }
      if (DECISION_RECORDED.equals(entry.action())) {
        checkedDecisions.incrementAndGet();
        checkDecision(entry, fingerprints, broken);
      }
      count.incrementAndGet();
      last.set(entry);
    });
    AuditEntry head = entries.head();
    long lastId = last.get() == null ? 0 : last.get().id();
    if (head.id() != lastId) {
      broken.add(new Verification.Broken("entry " + (lastId + 1), "missing: the trail ends before entry " + head.id()));
    }
    for (String version : documents.versionsNotMatchingTheirHash()) {
      broken.add(new Verification.Broken(version, "its bytes no longer match their SHA-256"));
    }
    return new Verification(clock.now(), count.get(), checkedDecisions.get(), documents.versionCount(), broken);
  }

  private static void checkDecision(AuditEntry entry, Map<Long, String> fingerprints,
      List<Verification.Broken> broken) {
    long id = Long.parseLong(entry.subject().substring("decision:".length()));
    String recorded = entry.detail().substring(entry.detail().lastIndexOf('=') + 1);
    String now = fingerprints.get(id);
    String number = entry.detail().substring(0, entry.detail().indexOf(';'));
    if (now == null) {
      broken.add(new Verification.Broken("decision " + number, "missing from the register"));
    } else if (!now.equals(recorded)) {
      broken.add(new Verification.Broken("decision " + number, "changed since it was recorded"));
    }
  }

  private void append(List<Draft> drafts) {
    alone.executeWithoutResult(status -> entries.append(drafts, clock.now()));
  }

  private List<Draft> pendingOfThisTransaction() {
    return BeforeCommit.buffer(this, BeforeCommit.LAST, ArrayList::new, drafts -> {
      if (!drafts.isEmpty()) {
        entries.append(List.copyOf(drafts), clock.now());
        drafts.clear();
      }
    });
  }

  /** When a decision is recorded, its fingerprint goes on the trail with it. */
  static String decisionDetail(String number, String fingerprint) {
    return number + "; fingerprint=" + fingerprint;
  }
}
