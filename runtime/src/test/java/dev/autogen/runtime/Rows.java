package dev.autogen.runtime;

import dev.autogen.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Reads query results as text, one {@code a|b|c} line per row, for compact assertions. */
final class Rows {
  private Rows() {}

  static List<String> of(TestDatabase db, String sql) {
    try (Connection c = db.connection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      List<String> out = new ArrayList<>();
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder line = new StringBuilder();
        for (int i = 1; i <= n; i++) {
          line.append(i == 1 ? "" : "|").append(rs.getString(i));
        }
        out.add(line.toString());
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  static boolean tableExists(TestDatabase db, String qualifiedName) {
    return of(db, "SELECT to_regclass('" + qualifiedName.replace("'", "''") + "') IS NOT NULL").get(0).equals("t");
  }
}
