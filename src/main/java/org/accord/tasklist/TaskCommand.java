package org.accord.tasklist;

import org.accord.system.InMemoryValue;

/**
 * A user's request to a task, typed: built by Accord's pages or API and handed to the task's
 * listener as a transient variable, never stored. Camunda Tasklist sends form strings instead,
 * which the listener parses once into the same record ({@link TaskForm}). Only a live Java object
 * of this type passes {@link FormFieldsOnly}: no client can send one over HTTP.
 */
public interface TaskCommand extends InMemoryValue {}
