import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a synthetic entity model for the autogenerate benchmark: N entities of ten columns each, each
 * with a foreign key to the one before it, a unique constraint and two indexes.
 *
 * <p>Usage: {@code java GenerateEntities.java DIR N STEP}; with STEP=1 the last entity gets one more column,
 * so the model is one small step ahead of STEP=0.
 */
public final class GenerateEntities {
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]).resolve("bench/model");
    int n = Integer.parseInt(args[1]);
    boolean step = args.length > 2 && args[2].equals("1");
    Files.createDirectories(dir);
    for (int i = 1; i <= n; i++) {
      String name = String.format("Thing%04d", i);
      String table = String.format("thing_%04d", i);
      StringBuilder s = new StringBuilder();
      s.append("package bench.model;\n\n")
          .append("import jakarta.persistence.*;\n")
          .append("import java.math.BigDecimal;\n")
          .append("import java.time.Instant;\n")
          .append("import java.time.LocalDate;\n\n")
          .append("@Entity\n")
          .append("@Table(name = \"").append(table).append("\",\n")
          .append("    uniqueConstraints = @UniqueConstraint(name = \"uk_").append(table).append("_code\", columnNames = \"code\"),\n")
          .append("    indexes = {@Index(name = \"ix_").append(table).append("_name\", columnList = \"name\"),\n")
          .append("               @Index(name = \"ix_").append(table).append("_created\", columnList = \"created_at desc\")})\n")
          .append("public class ").append(name).append(" {\n")
          .append("  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;\n")
          .append("  @Column(nullable = false, length = 120) String name;\n")
          .append("  @Column(nullable = false, length = 40) String code;\n")
          .append("  @Column(length = 2000) String description;\n")
          .append("  @Column(precision = 12, scale = 2) BigDecimal amount;\n")
          .append("  Integer quantity;\n")
          .append("  boolean active;\n")
          .append("  LocalDate due;\n")
          .append("  @Column(name = \"created_at\", nullable = false) Instant createdAt;\n");
      if (i > 1) {
        s.append("  @ManyToOne @JoinColumn(name = \"parent_id\", foreignKey = @ForeignKey(name = \"fk_").append(table)
            .append("_parent\")) ").append(String.format("Thing%04d", i - 1)).append(" parent;\n");
      } else {
        s.append("  Long parentId;\n");
      }
      if (step && i == n) {
        s.append("  @Column(length = 255) String linkedinUrl;\n");
      }
      s.append("}\n");
      Files.writeString(dir.resolve(name + ".java"), s.toString());
    }
  }
}
