/**
 * Accord's benchmark (README, "Performance"): {@code ./mvnw -Pbench verify} runs {@link org.accord.bench.AccordBenchmark},
 * which starts Accord (its packaged jar, and in this JVM) and a plain Camunda application beside it, each on a fresh
 * PostgreSQL database, drives them, and prints one {@code BENCH <name> <value> <unit>} line per figure. Compiled and
 * run only in the {@code bench} Maven profile.
 */
package org.accord.bench;
