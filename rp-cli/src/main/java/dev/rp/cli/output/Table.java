package dev.rp.cli.output;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Text table with aligned columns, a header, rule lines, and an optional total row, in the layout
 * of the Python rp's {@code list} output:
 *
 * <pre>
 * Alias     ID              Status   Cost/hr
 * ──────────────────────────────────────────
 * my-pod-1  89qgenjznh5t2j  running   $3.200
 * my-pod-2  k3nf83hdk3nd92  stopped        -
 * </pre>
 *
 * <p>Column widths come from the content, measured in terminal columns by {@link DisplayWidth}, so
 * wide characters and colour codes in cells keep the columns aligned. An empty or null cell prints
 * as {@code -}, except in the total row, where it stays empty.
 */
public final class Table {

  /** Text printed for an empty or null cell. */
  public static final String EMPTY_CELL = "-";

  private static final String GAP = "  ";

  private final List<Column> columns;
  private final String title;
  private final char rule;
  private final List<String[]> rows = new ArrayList<>();
  private String[] total;

  private Table(String title, List<Column> columns, char rule) {
    this.title = title;
    this.columns = List.copyOf(columns);
    this.rule = rule;
  }

  /** Returns a table with {@code columns} and a rule of box-drawing characters. */
  public static Table of(Column... columns) {
    return new Table(null, Arrays.asList(columns), '─');
  }

  /**
   * Returns a table with a title line above the header, such as {@code Pod Templates}, and a rule
   * made of {@code rule}: {@code '─'}, or {@code '-'} where the output cannot encode it.
   */
  public static Table titled(String title, char rule, Column... columns) {
    return new Table(title, Arrays.asList(columns), rule);
  }

  /** Adds a row; {@code cells} are printed with {@link String#valueOf(Object)}. */
  public void addRow(Object... cells) {
    rows.add(cells(cells, EMPTY_CELL));
  }

  /**
   * Sets the total row, printed below a rule after the other rows; its empty or null cells stay
   * empty, so that only the totals show.
   */
  public void setTotal(Object... cells) {
    total = cells(cells, "");
  }

  /** Returns whether the table has no rows. */
  public boolean isEmpty() {
    return rows.isEmpty();
  }

  private String[] cells(Object[] cells, String emptyCell) {
    if (cells.length != columns.size()) {
      throw new IllegalArgumentException(
          "Row has " + cells.length + " cells but the table has " + columns.size() + " columns");
    }
    String[] text = new String[cells.length];
    for (int i = 0; i < cells.length; i++) {
      String cell = cells[i] == null ? "" : String.valueOf(cells[i]);
      text[i] = DisplayWidth.stripAnsi(cell).isBlank() ? emptyCell : cell;
    }
    return text;
  }

  /** Returns the table as lines ending in {@code \n}. */
  public String render() {
    int[] widths = widths();
    int totalWidth = Arrays.stream(widths).sum() + GAP.length() * (widths.length - 1);
    String ruleLine = String.valueOf(rule).repeat(totalWidth);
    StringBuilder out = new StringBuilder();
    if (title != null) {
      out.append(title).append('\n').append(ruleLine).append('\n');
    }
    String[] headers = columns.stream().map(Column::header).toArray(String[]::new);
    appendLine(out, headers, widths);
    out.append(ruleLine).append('\n');
    for (String[] row : rows) {
      appendLine(out, row, widths);
    }
    if (total != null) {
      out.append(ruleLine).append('\n');
      appendLine(out, total, widths);
    }
    return out.toString();
  }

  /** Writes {@link #render()} to {@code out}. */
  public void print(PrintStream out) {
    out.print(render());
    out.flush();
  }

  private int[] widths() {
    int[] widths = new int[columns.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = DisplayWidth.of(columns.get(i).header());
    }
    List<String[]> all = new ArrayList<>(rows);
    if (total != null) {
      all.add(total);
    }
    for (String[] row : all) {
      for (int i = 0; i < widths.length; i++) {
        widths[i] = Math.max(widths[i], DisplayWidth.of(row[i]));
      }
    }
    return widths;
  }

  private void appendLine(StringBuilder out, String[] cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      String padding = " ".repeat(widths[i] - DisplayWidth.of(cells[i]));
      if (i > 0) {
        line.append(GAP);
      }
      if (columns.get(i).align() == Align.RIGHT) {
        line.append(padding).append(cells[i]);
      } else {
        line.append(cells[i]).append(padding);
      }
    }
    out.append(line.toString().stripTrailing()).append('\n');
  }

  /** Horizontal alignment of a column. */
  public enum Align {
    /** Text starts at the column's left edge. */
    LEFT,
    /** Text ends at the column's right edge, for numbers such as costs. */
    RIGHT
  }

  /**
   * Column of a table.
   *
   * @param header the header text
   * @param align how cells line up
   */
  public record Column(String header, Align align) {

    /** Returns a left-aligned column. */
    public static Column left(String header) {
      return new Column(header, Align.LEFT);
    }

    /** Returns a right-aligned column, for numbers. */
    public static Column right(String header) {
      return new Column(header, Align.RIGHT);
    }
  }
}
