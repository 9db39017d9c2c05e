package org.accord.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.transaction.annotation.EnableTransactionManagement;

/**
 * The transaction of a {@link UserAction} opens inside {@link ConflictRetry} (first) and around any
 * other advice on the action (last, such as the audit trail's), so that a retry starts a fresh
 * transaction and the audit entry commits or rolls back with the action. Class proxies, as Spring
 * Boot makes them.
 */
@Configuration(proxyBeanMethods = false)
@EnableTransactionManagement(proxyTargetClass = true, order = Ordered.LOWEST_PRECEDENCE - 1)
class Transactions {}
