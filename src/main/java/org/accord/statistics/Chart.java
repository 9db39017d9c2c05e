package org.accord.statistics;

import java.math.BigDecimal;
import java.util.List;

/**
 * A chart of the dashboard as its table: the page prints the table (for screen readers, and for anyone
 * who opens it), and the page's script draws the chart from the same cells, so the two never disagree.
 *
 * @param kind how it is drawn: bar, horizontal-bar or line
 * @param unit the unit of the plotted values (days, documents...), for the chart's axis
 * @param description what the chart shows, for those who do not see it
 * @param columns the table's headings: the rows' heading first, then one per cell
 * @param plotted the columns drawn as series, counted among the cells (0 is the first cell)
 */
record Chart(String id, String kind, boolean stacked, String unit, String caption, String description,
    List<String> columns, List<Integer> plotted, List<Row> rows) {

  /** A row: its heading (a link when {@code href} is given) and its cells. */
  record Row(String label, String href, List<Cell> cells) {}

  /** A cell as it reads, and the number it plots, as the script reads it (null when it plots nothing). */
  record Cell(String text, String value) {

    static Cell count(long count) {
      return new Cell(String.valueOf(count), String.valueOf(count));
    }

    /** A number to the hundredth, written without a trailing zero: 1.25, 30. */
    static Cell of(String text, Double value) {
      return new Cell(text, value == null ? null : BigDecimal.valueOf(Math.round(value * 100), 2)
          .stripTrailingZeros().toPlainString());
    }
  }

  /** Whether the column of the cell at {@code index} is a series of the chart. */
  public boolean plots(int index) {
    return plotted.contains(index);
  }

  /** The heading of the cell at {@code index}, for its label on a phone. */
  public String columnOf(int index) {
    return columns.get(index + 1);
  }
}
