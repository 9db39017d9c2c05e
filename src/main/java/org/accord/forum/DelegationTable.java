package org.accord.forum;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Writes the configured parties into Accord's delegation table. */
@Repository
class DelegationTable {

  private final JdbcClient jdbc;
  private final Forum forum;

  DelegationTable(JdbcClient jdbc, Forum forum) {
    this.jdbc = jdbc;
    this.forum = forum;
  }

  /** Inserts what is missing and corrects what changed in config; returns how many rows changed. */
  int save(List<Delegation> configured) {
    int changed = 0;
    for (Delegation delegation : configured) {
      Optional<Delegation> stored = forum.find(delegation.code());
      if (stored.isEmpty()) {
        jdbc.sql("insert into delegation (code, name, kind, group_id, name_ru) values (?, ?, ?, ?, ?)")
            .params(delegation.code(), delegation.name(), delegation.kind().name(), delegation.groupId(),
                delegation.russianName())
            .update();
        changed++;
      } else if (!stored.get().equals(delegation)) {
        jdbc.sql("update delegation set name = ?, kind = ?, group_id = ?, name_ru = ? where code = ?")
            .params(delegation.name(), delegation.kind().name(), delegation.groupId(), delegation.russianName(),
                delegation.code())
            .update();
        changed++;
      }
    }
    if (changed > 0) {
      forgetTheCopyOnceCommitted();
    }
    return changed;
  }

  /** Now, for this transaction's next reads, and again once it commits, for every other's. */
  private void forgetTheCopyOnceCommitted() {
    forum.forget();
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
          forum.forget();
        }
      });
    }
  }
}
