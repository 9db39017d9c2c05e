package org.accord.bench.plain;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * W0's plain Camunda 7 Spring Boot application: the Camunda starter with its defaults, no Accord bean (component
 * scan of this package only), its own configuration name so that none of Accord's configuration files is read.
 */
@SpringBootApplication
public class PlainCamundaApplication {}
