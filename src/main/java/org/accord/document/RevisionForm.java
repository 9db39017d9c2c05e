package org.accord.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The coordinator's revision form as typed: every field is text, so that whatever was typed comes
 * back with a refusal, and rows are added and removed on the server, so the tables work without
 * script. One form for every type; each type uses its own fields ({@link RevisionContent} turns them
 * into the type's JSON). A bean rather than a record: Spring binds its indexed rows
 * ({@code events[2].end}) and grows the lists as they come.
 */
class RevisionForm {

  private String note;
  // A concept paper.
  private String priorityArea;
  private String dimension;
  private List<String> coordinators = new ArrayList<>();
  private List<String> coCoordinators = new ArrayList<>();
  private String text;
  // A calendar of events, a budget, a staff matrix.
  private String year;
  private String currency;
  // The rows of the types that are tables.
  private List<Measure> measures = new ArrayList<>();
  private List<Event> events = new ArrayList<>();
  private List<Line> lines = new ArrayList<>();
  private List<Post> posts = new ArrayList<>();

  /** A row of any table: blank when nothing was typed in it, and then left out of the version. */
  interface Row {
    List<String> values();

    default boolean blank() {
      return values().stream().allMatch(value -> value == null || value.isBlank());
    }
  }

  /** A measure of an action plan; its coordinators typed as codes ("TR, AZ"). */
  public static class Measure implements Row {
    private String title;
    private String dimension;
    private String priorityArea;
    private String coordinators;
    private String start;
    private String end;
    private String description;

    @Override
    public List<String> values() {
      return Stream.of(title, dimension, priorityArea, coordinators, start, end, description).toList();
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDimension() { return dimension; }
    public void setDimension(String dimension) { this.dimension = dimension; }
    public String getPriorityArea() { return priorityArea; }
    public void setPriorityArea(String priorityArea) { this.priorityArea = priorityArea; }
    public String getCoordinators() { return coordinators; }
    public void setCoordinators(String coordinators) { this.coordinators = coordinators; }
    public String getStart() { return start; }
    public void setStart(String start) { this.start = start; }
    public String getEnd() { return end; }
    public void setEnd(String end) { this.end = end; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
  }

  /** An event of a calendar. */
  public static class Event implements Row {
    private String title;
    private String start;
    private String end;
    private String format;
    private String hostState;
    private String dimension;
    private String description;

    @Override
    public List<String> values() {
      return Stream.of(title, start, end, format, hostState, dimension, description).toList();
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getStart() { return start; }
    public void setStart(String start) { this.start = start; }
    public String getEnd() { return end; }
    public void setEnd(String end) { this.end = end; }
    public String getFormat() { return format; }
    public void setFormat(String format) { this.format = format; }
    public String getHostState() { return hostState; }
    public void setHostState(String hostState) { this.hostState = hostState; }
    public String getDimension() { return dimension; }
    public void setDimension(String dimension) { this.dimension = dimension; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
  }

  /** A line of a budget. */
  public static class Line implements Row {
    private String category;
    private String amount;
    private String currency;

    @Override
    public List<String> values() {
      return Stream.of(category, amount, currency).toList();
    }

    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public String getAmount() { return amount; }
    public void setAmount(String amount) { this.amount = amount; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
  }

  /** A post of a staff matrix: how many, and the annual cost of one. */
  public static class Post implements Row {
    private String title;
    private String grade;
    private String number;
    private String annualCost;

    @Override
    public List<String> values() {
      return Stream.of(title, grade, number, annualCost).toList();
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getGrade() { return grade; }
    public void setGrade(String grade) { this.grade = grade; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public String getAnnualCost() { return annualCost; }
    public void setAnnualCost(String annualCost) { this.annualCost = annualCost; }
  }

  /** The table of this document type: the rows the form shows and the coordinator adds to. */
  List<? extends Row> rowsOf(DocumentType type) {
    return switch (type) {
      case ACTION_PLAN -> measures;
      case CALENDAR_OF_EVENTS -> events;
      case BUDGET -> lines;
      case STAFF_MATRIX -> posts;
      case CONCEPT_PAPER -> List.of();
    };
  }

  /** Adds an empty row to the type's table. */
  void addRow(DocumentType type) {
    switch (type) {
      case ACTION_PLAN -> measures.add(new Measure());
      case CALENDAR_OF_EVENTS -> events.add(new Event());
      case BUDGET -> lines.add(new Line());
      case STAFF_MATRIX -> posts.add(new Post());
      case CONCEPT_PAPER -> { }
    }
  }

  /** Removes a row of the type's table; an index no longer there (a page shown twice) changes nothing. */
  void removeRow(DocumentType type, int index) {
    List<? extends Row> rows = rowsOf(type);
    if (index >= 0 && index < rows.size()) {
      rows.remove(index);
    }
  }

  /**
   * Rows a browser skipped (indices bound out of order leave holes) are dropped, and a table is never
   * shown without a row to type in.
   */
  RevisionForm tidy(DocumentType type) {
    measures.removeIf(Objects::isNull);
    events.removeIf(Objects::isNull);
    lines.removeIf(Objects::isNull);
    posts.removeIf(Objects::isNull);
    coordinators.removeIf(Objects::isNull);
    coCoordinators.removeIf(Objects::isNull);
    if (type != DocumentType.CONCEPT_PAPER && rowsOf(type).isEmpty()) {
      addRow(type);
    }
    return this;
  }

  public String getNote() { return note; }
  public void setNote(String note) { this.note = note; }
  public String getPriorityArea() { return priorityArea; }
  public void setPriorityArea(String priorityArea) { this.priorityArea = priorityArea; }
  public String getDimension() { return dimension; }
  public void setDimension(String dimension) { this.dimension = dimension; }
  public List<String> getCoordinators() { return coordinators; }
  public void setCoordinators(List<String> coordinators) { this.coordinators = coordinators; }
  public List<String> getCoCoordinators() { return coCoordinators; }
  public void setCoCoordinators(List<String> coCoordinators) { this.coCoordinators = coCoordinators; }
  public String getText() { return text; }
  public void setText(String text) { this.text = text; }
  public String getYear() { return year; }
  public void setYear(String year) { this.year = year; }
  public String getCurrency() { return currency; }
  public void setCurrency(String currency) { this.currency = currency; }
  public List<Measure> getMeasures() { return measures; }
  public void setMeasures(List<Measure> measures) { this.measures = measures; }
  public List<Event> getEvents() { return events; }
  public void setEvents(List<Event> events) { this.events = events; }
  public List<Line> getLines() { return lines; }
  public void setLines(List<Line> lines) { this.lines = lines; }
  public List<Post> getPosts() { return posts; }
  public void setPosts(List<Post> posts) { this.posts = posts; }
}
