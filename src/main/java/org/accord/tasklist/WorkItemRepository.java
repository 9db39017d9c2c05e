package org.accord.tasklist;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Repository;

@Repository
class WorkItemRepository {

  /** Filters of the task list; a null field does not filter. */
  record Filter(Collection<String> groups, String userId, String taskKey, String documentType,
      Long documentId, String delegationCode) {}

  /** A task just created, with what its module told of it. */
  record NewItem(String taskId, String taskKey, String taskName, String processInstanceId,
      WorkItemSubjects.Subject subject, String candidateGroup, String assignee, String delegationCode,
      OffsetDateTime createdAt, OffsetDateTime dueAt) {}

  private static final String FROM = """
      from work_item w
      where (w.candidate_group in (:groups) or w.assignee = :user)
        and (cast(:taskKey as varchar(100)) is null or w.task_key = :taskKey)
        and (cast(:documentType as varchar(32)) is null or w.document_type = :documentType)
        and (cast(:documentId as bigint) is null or w.document_id = :documentId)
        and (cast(:delegation as varchar(16)) is null or w.delegation_code = :delegation)""";

  private final JdbcClient jdbc;

  WorkItemRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(NewItem item) {
    WorkItemSubjects.Subject subject = item.subject();
    jdbc.sql("""
            insert into work_item (task_id, task_key, task_name, process_instance_id, document_id, document_type,
              document_title, document_symbol, candidate_group, assignee, delegation_code, round_number,
              created_at, due_at, page)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(item.taskId(), item.taskKey(), item.taskName(), item.processInstanceId(),
            subject == null ? null : subject.documentId(),
            subject == null ? null : subject.documentType(),
            subject == null ? null : subject.documentTitle(),
            subject == null ? null : subject.documentSymbol(),
            item.candidateGroup(), item.assignee(), item.delegationCode(),
            subject == null ? null : subject.roundNumber(),
            item.createdAt(), item.dueAt(), subject == null ? null : subject.page())
        .update();
  }

  void assign(String taskId, String assignee, OffsetDateTime dueAt) {
    jdbc.sql("update work_item set assignee = ?, due_at = ? where task_id = ?")
        .params(assignee, dueAt, taskId).update();
  }

  void delete(String taskId) {
    jdbc.sql("delete from work_item where task_id = ?").param(taskId).update();
  }

  Optional<String> openTaskId(long documentId, String taskKey, String candidateGroup) {
    return jdbc.sql("""
            select task_id from work_item
             where document_id = ? and task_key = ?
               and (cast(? as varchar(64)) is null or candidate_group = ?)
             order by created_at limit 1""")
        .params(documentId, taskKey, candidateGroup, candidateGroup)
        .query(String.class)
        .optional();
  }

  Optional<String> openTaskOfProcess(String processInstanceId, String taskKey) {
    return jdbc.sql("select task_id from work_item where process_instance_id = ? and task_key = ? order by created_at limit 1")
        .params(processInstanceId, taskKey)
        .query(String.class)
        .optional();
  }

  List<WorkItem> documentItems(long documentId) {
    return jdbc.sql(SELECT_ITEM + " from work_item w where w.document_id = ? order by w.created_at, w.delegation_code")
        .param(documentId).query(WorkItemRepository::map).list();
  }

  List<WorkItem> page(Filter filter, int offset, int limit) {
    return bind(jdbc.sql(SELECT_ITEM + " " + FROM
            + " order by w.due_at nulls last, w.created_at, w.task_id limit :limit offset :offset"), filter)
        .param("limit", limit)
        .param("offset", offset)
        .query(WorkItemRepository::map)
        .list();
  }

  /** Open tasks whose due date has passed, of every user and group. */
  long countOverdue(OffsetDateTime now) {
    return jdbc.sql("select count(*) from work_item where due_at < ?").param(now).query(Long.class).single();
  }

  long count(Filter filter) {
    return bind(jdbc.sql("select count(*) " + FROM), filter).query(Long.class).single();
  }

  private static StatementSpec bind(StatementSpec statement, Filter filter) {
    // An empty IN list is not valid SQL; a group nobody has keeps the query uniform.
    Collection<String> groups = filter.groups().isEmpty() ? List.of("\u0000") : filter.groups();
    return statement
        .param("groups", groups)
        .param("user", filter.userId())
        .param("taskKey", filter.taskKey())
        .param("documentType", filter.documentType())
        .param("documentId", filter.documentId())
        .param("delegation", filter.delegationCode());
  }

  private static final String SELECT_ITEM = """
      select w.task_id, w.task_key, w.task_name, w.document_id, w.document_title, w.document_type, w.document_symbol,
             w.candidate_group, w.assignee, w.delegation_code, w.round_number, w.created_at, w.due_at, w.page""";

  private static WorkItem map(ResultSet rs, int row) throws SQLException {
    long documentId = rs.getLong("document_id");
    int round = rs.getInt("round_number");
    boolean noRound = rs.wasNull();
    return new WorkItem(
        rs.getString("task_id"),
        rs.getString("task_key"),
        rs.getString("task_name"),
        documentId == 0 ? null : documentId,
        rs.getString("document_title"),
        rs.getString("document_type"),
        rs.getString("document_symbol"),
        rs.getString("candidate_group"),
        rs.getString("assignee"),
        rs.getString("delegation_code"),
        noRound ? null : round,
        rs.getObject("created_at", OffsetDateTime.class),
        rs.getObject("due_at", OffsetDateTime.class),
        rs.getString("page"));
  }
}
