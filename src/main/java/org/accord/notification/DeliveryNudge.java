package org.accord.notification;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Starts delivery as soon as the transaction that queued mails has committed, rather than at the
 * next poll. The sending runs on a thread of its own, so the user's request never waits for SMTP;
 * nudges arriving while one delivery is queued are dropped, as that delivery will see their mails.
 */
class DeliveryNudge implements DisposableBean {

  private final OutboxSender sender;
  private final ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
      new ArrayBlockingQueue<>(1), new CustomizableThreadFactory("accord-mail-"), new ThreadPoolExecutor.DiscardPolicy());

  DeliveryNudge(OutboxSender sender) {
    this.sender = sender;
  }

  /** After commit only: a rolled-back step leaves neither mail nor nudge. Without a transaction, at once. */
  @TransactionalEventListener(fallbackExecution = true)
  void afterCommit(OutboxFilled filled) {
    executor.execute(sender::sendDue);
  }

  @Override
  public void destroy() throws InterruptedException {
    executor.shutdown();
    executor.awaitTermination(10, TimeUnit.SECONDS);
  }
}
