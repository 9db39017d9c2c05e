package org.accord.notification;

import static org.accord.notification.OutboxDatabase.T0;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OutboxRepositoryTest {

  private static final int MAX_ATTEMPTS = 3;

  private final OutboxDatabase database = new OutboxDatabase();
  private final OutboxRepository outbox = database.outbox;

  @Test
  void shouldLetOnlyOneNodeClaimAMail() {
    // given
    long id = database.queue("kz.delegate1", "Round 1 opened");

    // when
    Optional<OutboxMail> first = outbox.claim(id, "node-a", T0, T0.minusMinutes(5));
    Optional<OutboxMail> second = outbox.claim(id, "node-b", T0.plusSeconds(1), T0.plusSeconds(1).minusMinutes(5));

    // then
    assertThat(first).get().extracting(OutboxMail::recipientEmail).isEqualTo("kz.delegate1@accord.test");
    assertThat(second).isEmpty();
    assertThat(outbox.due(T0.plusSeconds(1), T0.minusMinutes(4), MAX_ATTEMPTS, 10)).isEmpty();
  }

  @Test
  void shouldTakeOverAClaimAbandonedByADeadNode() {
    // given node-a claimed the mail and died
    long id = database.queue("kz.delegate1", "Round 1 opened");
    outbox.claim(id, "node-a", T0, T0.minusMinutes(5));

    // when node-b looks after the claim timeout
    var later = T0.plusMinutes(6);
    List<Long> due = outbox.due(later, later.minusMinutes(5), MAX_ATTEMPTS, 10);
    Optional<OutboxMail> taken = outbox.claim(id, "node-b", later, later.minusMinutes(5));

    // then
    assertThat(due).containsExactly(id);
    assertThat(taken).isPresent();
  }

  @Test
  void shouldOfferAFailedMailAgainOnlyWhenItsRetryIsDueAndUntilTheLimit() {
    // given
    long id = database.queue("kz.delegate1", "Round 1 opened");

    // when the first attempt fails
    outbox.claim(id, "node-a", T0, T0.minusMinutes(5));
    outbox.markFailed(id, "node-a", "Connection refused", T0.plusSeconds(30));

    // then it waits for its retry, and keeps the error
    assertThat(outbox.due(T0.plusSeconds(29), T0, MAX_ATTEMPTS, 10)).isEmpty();
    assertThat(outbox.due(T0.plusSeconds(30), T0, MAX_ATTEMPTS, 10)).containsExactly(id);
    assertThat(outbox.claim(id, "node-b", T0.plusSeconds(30), T0)).get()
        .extracting(OutboxMail::attempts).isEqualTo(1);
    OutboxEntry entry = outbox.page(OutboxStatus.PENDING, null, MAX_ATTEMPTS, 0, 10).get(0);
    assertThat(entry.lastError()).isEqualTo("Connection refused");

    // and when the last allowed attempts fail too, it is failed for good
    outbox.markFailed(id, "node-b", "Connection refused", T0.plusSeconds(90));
    outbox.claim(id, "node-a", T0.plusSeconds(90), T0);
    outbox.markFailed(id, "node-a", "Connection refused", T0.plusSeconds(210));
    assertThat(outbox.due(T0.plusDays(1), T0.plusDays(1), MAX_ATTEMPTS, 10)).isEmpty();
    assertThat(outbox.page(OutboxStatus.FAILED, null, MAX_ATTEMPTS, 0, 10))
        .extracting(OutboxEntry::id, OutboxEntry::attempts).containsExactly(org.assertj.core.groups.Tuple.tuple(id, 3));
  }

  @Test
  void shouldNeverOfferASentMailAgain() {
    // given
    long id = database.queue("kz.delegate1", "Round 1 opened");
    outbox.claim(id, "node-a", T0, T0.minusMinutes(5));

    // when
    outbox.markSent(id, "node-a", T0.plusSeconds(1));

    // then
    assertThat(outbox.due(T0.plusDays(1), T0.plusDays(1), MAX_ATTEMPTS, 10)).isEmpty();
    assertThat(outbox.claim(id, "node-b", T0.plusDays(1), T0.plusDays(1))).isEmpty();
    assertThat(outbox.page(OutboxStatus.SENT, null, MAX_ATTEMPTS, 0, 10)).extracting(OutboxEntry::id).containsExactly(id);
  }

  @Test
  void shouldPageNewestFirstByStatusAndRecipientWithLongBodiesCutShort() {
    // given
    long older = database.queue("kz.delegate1", "Older");
    long newer = database.queue("ru.delegate1", "Newer");
    outbox.add("TEST", null, new Recipient("kz.delegate1", "kz.delegate1@accord.test"),
        new MailWriter.Mail("x".repeat(800), "y".repeat(5000)), T0);

    // when
    List<OutboxEntry> all = outbox.page(null, null, MAX_ATTEMPTS, 0, 10);
    List<OutboxEntry> secondPage = outbox.page(OutboxStatus.PENDING, null, MAX_ATTEMPTS, 1, 1);
    List<OutboxEntry> ofKazakhstan = outbox.page(null, "kz.delegate1", MAX_ATTEMPTS, 0, 10);

    // then
    assertThat(all).hasSize(3);
    assertThat(all.get(0).subject()).hasSize(500).endsWith("…");
    assertThat(all.get(0).body()).hasSize(OutboxRepository.BODY_PREVIEW + 1).endsWith("…");
    assertThat(all.get(1).body()).isEqualTo("Body of Newer");
    assertThat(secondPage).extracting(OutboxEntry::id).containsExactly(newer);
    assertThat(ofKazakhstan).extracting(OutboxEntry::id).hasSize(2).contains(older);
    assertThat(outbox.count(OutboxStatus.PENDING, "kz.delegate1", MAX_ATTEMPTS)).isEqualTo(2);
    assertThat(outbox.count(OutboxStatus.SENT, null, MAX_ATTEMPTS)).isZero();
  }
}
