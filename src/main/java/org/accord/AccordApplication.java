package org.accord;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Accord: the document approval cycles of an intergovernmental forum, on Camunda 7. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AccordApplication {

  public static void main(String[] args) {
    SpringApplication.run(AccordApplication.class, args);
  }
}
