/**
 * The audit trail ({@code audit_entry}): every action appended in order, each entry carrying the hash
 * of the one before, so that an entry changed or removed behind Accord's back breaks the chain. On
 * PostgreSQL the database refuses to change or delete an entry, a decision or a frozen version. The
 * verification ({@link org.accord.audit.AuditTrail#verify}) walks the chain, re-reads the decisions
 * and versions it vouches for, and names the first broken link: an administrator's page and endpoint,
 * and a command-line mode ({@code --accord.audit.verify=true}).
 */
@ApplicationModule(displayName = "Audit trail")
package org.accord.audit;

import org.springframework.modulith.ApplicationModule;
