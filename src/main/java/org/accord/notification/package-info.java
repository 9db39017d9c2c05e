/**
 * Mail to the people concerned, through a transactional outbox ({@code notification_outbox}): written
 * in the step's transaction by {@link org.accord.notification.Notifications}, sent after the commit
 * by whichever node claims it, and shown to administrators. Also tells each user of a task that
 * waits for them.
 */
@ApplicationModule(displayName = "Notification")
package org.accord.notification;

import org.springframework.modulith.ApplicationModule;
