/**
 * The task list: a projection of open tasks ({@code work_item}) kept in the engine's transaction,
 * filtered by business facts the modules tell it ({@link org.accord.tasklist.WorkItemSubjects});
 * completing the task a document waits for as the signed-in user ({@link
 * org.accord.tasklist.WaitingTasks}) with a typed {@link org.accord.tasklist.TaskCommand}; and the
 * guard that lets a completion carry its own form fields only ({@link org.accord.tasklist.FormFieldsOnly});
 * and Camunda Tasklist kept usable: each task named and described by its document and Accord's page
 * ({@link org.accord.tasklist.TasklistHeadings}), its generated form's inputs named by their labels
 * ({@link org.accord.tasklist.LabelledTaskForms}).
 */
@ApplicationModule(displayName = "Task list")
package org.accord.tasklist;

import org.springframework.modulith.ApplicationModule;
