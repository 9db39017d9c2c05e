package org.accord.system.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.core.annotation.AliasFor;
import org.springframework.stereotype.Controller;

/**
 * A controller of Accord's pages (as against the JSON API): its views get the shared layout's model
 * (where the reader is, the counts in the navigation) and its failures a page that says why.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
public @interface PageController {

  @AliasFor(annotation = Controller.class)
  String value() default "";
}
