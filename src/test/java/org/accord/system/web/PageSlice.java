package org.accord.system.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.accord.security.CamundaWebapps;
import org.accord.system.AccordClock;
import org.accord.system.Labels;
import org.accord.system.TimeWords;
import org.springframework.context.annotation.Import;
import org.accord.acting.ActingChairs;
import org.mockito.Mockito;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * What a web slice test of Accord's pages needs beside its controller: the words and the times the
 * shared layout prints (without an engine, no link to Camunda's webapps; nobody acting for a chair).
 * The count of open tasks the test mocks: {@code @MockitoBean(name = "myWork") MyWork}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Import({Labels.class, PageTimes.class, TimeWords.class, AccordClock.class, CamundaWebapps.class,
    PageSlice.NobodyActing.class})
public @interface PageSlice {

  /** The layout's acting-chair banner, with no designation in effect unless a test stubs one. */
  @TestConfiguration(proxyBeanMethods = false)
  class NobodyActing {

    @Bean
    ActingChairs actingChairs() {
      return Mockito.mock(ActingChairs.class);
    }
  }
}
