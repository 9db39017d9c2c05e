package org.accord.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.transaction.annotation.Transactional;

/**
 * One action of a user: one transaction, in which the engine step and Accord's records commit or
 * roll back together, run again when it lost a race with a concurrent change ({@link ConflictRetry}).
 * Put it on the public command methods that pages and the API call.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Transactional
public @interface UserAction {}
