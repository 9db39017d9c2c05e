package org.accord.document;

import java.time.Duration;

/**
 * The routing a document follows, as the routing table (bpmn/document-routing.dmn) gave it for its
 * type when the document was registered.
 *
 * @param roundDeadline how long a negotiation round lasts
 * @param roundsBeforeChairRules how many rounds run before the SWG Chair rules on further rounds
 * @param silenceProcedureAllowed whether the SOC Chair may choose the silence procedure
 * @param reminderLead how long before the deadline silent delegations are reminded
 * @param silenceRule what the silence of a delegation means at the deadline
 */
public record Routing(Duration roundDeadline, int roundsBeforeChairRules, boolean silenceProcedureAllowed,
    Duration reminderLead, SilenceRule silenceRule) {}
