package org.accord.system.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a {@code boolean} parameter of a page controller: whether htmx sent the request (its header
 * {@code HX-Request: true}), so that a section answers alone instead of as a whole page.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface HtmxRequest {}
