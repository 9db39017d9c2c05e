package org.accord.system;

/**
 * A value Accord's own code hands to a process step in memory, as a transient variable of one
 * engine command: a user's typed request on its way to the task's listener, a withdrawal on its way
 * to the step that records it. Never stored ({@link InMemoryValues}), and no client can send one:
 * over HTTP a variable arrives as text, not as a live Java object.
 */
public interface InMemoryValue {}
