package org.accord.audit;

import org.accord.decision.DecisionRecorded;
import org.accord.system.RecordTampered;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A decision goes on the trail with its fingerprint, in its own transaction, so that the
 * verification can tell it was changed since; a record found changed when served is put on the trail
 * for the administrators at once and logged as an error.
 */
@Component
class RecordEvents {

  private static final Logger log = LoggerFactory.getLogger(RecordEvents.class);

  private final AuditTrail trail;

  RecordEvents(AuditTrail trail) {
    this.trail = trail;
  }

  @EventListener
  void on(DecisionRecorded recorded) {
    var decision = recorded.decision();
    trail.record(decision.decidedBy(), AuditTrail.DECISION_RECORDED, "decision:" + decision.id(),
        AuditTrail.decisionDetail(decision.number(), decision.fingerprint()));
  }

  @EventListener
  void on(RecordTampered tampered) {
    log.error("Integrity failure: {} no longer matches its SHA-256; it was not served", tampered.record());
    trail.recordAlone(null, AuditTrail.INTEGRITY_FAILURE, tampered.record(), "no longer matches its SHA-256");
  }
}
