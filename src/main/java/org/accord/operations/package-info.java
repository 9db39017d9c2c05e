/**
 * What operators watch and tune, beside the business: the engine's figures for Prometheus (its job
 * executor's backlog and failures, open incidents, and the events Camunda counts, as Micrometer
 * meters) and Camunda's history cleanup (each process's time to live, the nightly window and batch
 * size, from {@code accord.history.*}). It owns no table and publishes nothing; the business figures
 * are registered by the modules whose tables they count.
 */
@ApplicationModule(displayName = "Operations")
package org.accord.operations;

import org.springframework.modulith.ApplicationModule;
