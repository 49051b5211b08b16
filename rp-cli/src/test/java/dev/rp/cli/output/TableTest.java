package dev.rp.cli.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rp.cli.output.Table.Column;
import org.junit.jupiter.api.Test;

class TableTest {

  @Test
  void render_alignsColumnsUnderHeaders() {
    Table table = Table.of(Column.left("Alias"), Column.left("ID"), Column.left("Status"));
    table.addRow("my-pod-1", "89qgenjznh5t2j", "running");
    table.addRow("p2", "k3nf", "stopped");

    assertThat(table.render())
        .isEqualTo(
            "Alias     ID              Status\n"
                + "─────────────────────────────────\n"
                + "my-pod-1  89qgenjznh5t2j  running\n"
                + "p2        k3nf            stopped\n");
  }

  @Test
  void rightColumn_alignsNumbersAtTheRight() {
    Table table = Table.of(Column.left("Alias"), Column.right("Cost"));
    table.addRow("a", "$3.200");
    table.addRow("b", "$12.000");

    assertThat(table.render()).contains("a       $3.200\n").contains("b      $12.000\n");
  }

  @Test
  void emptyCells_printDash() {
    Table table = Table.of(Column.left("Alias"), Column.left("Path"));
    table.addRow("a", null);
    table.addRow("b", " ");

    assertThat(table.render()).contains("a      -\n").contains("b      -\n");
  }

  @Test
  void total_followsARule() {
    Table table = Table.of(Column.left("Alias"), Column.right("Cost"));
    table.addRow("a", "$1.000");
    table.setTotal("Total", "$1.000");

    assertThat(table.render())
        .isEqualTo(
            "Alias    Cost\n"
                + "─────────────\n"
                + "a      $1.000\n"
                + "─────────────\n"
                + "Total  $1.000\n");
  }

  @Test
  void total_keepsEmptyCellsEmpty() {
    Table table = Table.of(Column.left("Alias"), Column.left("ID"), Column.right("Cost"));
    table.addRow("a", "", "$1.000");
    table.setTotal("Total", null, "$1.000");

    assertThat(table.render())
        .isEqualTo(
            "Alias  ID    Cost\n"
                + "─────────────────\n"
                + "a      -   $1.000\n"
                + "─────────────────\n"
                + "Total      $1.000\n");
  }

  @Test
  void title_goesAboveARule() {
    Table table = Table.titled("Pod Templates", '-', Column.left("Identifier"));
    table.addRow("ml");

    assertThat(table.render())
        .startsWith("Pod Templates\n----------\nIdentifier\n----------\nml\n");
  }

  @Test
  void wideAndColouredCells_keepAlignment() {
    Table table = Table.of(Column.left("Alias"), Column.left("Status"));
    table.addRow("训练", "\u001b[32mrunning\u001b[0m");
    table.addRow("abcde", "x");

    String[] lines = table.render().split("\n");

    assertThat(lines[2]).isEqualTo("训练   \u001b[32mrunning\u001b[0m");
    assertThat(lines[3]).isEqualTo("abcde  x");
  }

  @Test
  void rowOfWrongSize_isRejected() {
    Table table = Table.of(Column.left("A"), Column.left("B"));

    assertThatThrownBy(() -> table.addRow("only one"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 cells")
        .hasMessageContaining("2 columns");
  }
}
