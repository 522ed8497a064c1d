package dev.autogen.render;

/** Text made safe for the comments of generated code. */
final class JavadocText {
  private JavadocText() {}

  /**
   * Text for a Javadoc comment: HTML-sensitive characters as entities, {@code @} so no line starts a block
   * tag and no {@code {@...}} becomes an inline one, {@code *}{@code /} so the comment does not end early,
   * and backslashes so no {@code \}{@code u} escape is decoded by the compiler. Line ends become
   * {@code \n}.
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '@' -> out.append("&#64;");
        case '\\' -> out.append("&#92;");
        case '/' -> out.append(i > 0 && text.charAt(i - 1) == '*' ? "&#47;" : "/");
        case '\r' -> {
          if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
            out.append('\n');
          }
        }
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** Text for a {@code //} comment: on one line, with no backslash that could start a unicode escape. */
  static String lineComment(String text) {
    return text.replaceAll("[\\r\\n\\u2028\\u2029]+", " ").replace("\\", "\\\\");
  }
}
