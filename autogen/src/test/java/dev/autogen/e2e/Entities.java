package dev.autogen.e2e;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * The entity models the end-to-end tests point autogen at, as sources compiled with javax.tools into a
 * classes directory, once per JVM: package {@value #MODEL} in the versions of a team portal's life, and
 * broken or empty models for the error cases.
 */
final class Entities {
  /** The package of the portal's entities, in every version. */
  static final String MODEL = "e2e.model";

  /** The versions of the model, each a classes directory of {@value #MODEL}. */
  enum Version {
    /** Teams and their members. */
    INITIAL,
    /** {@code TeamMember.linkedinUrl} added. */
    LINKEDIN,
    /** Then {@code Team.description} added and {@code TeamMember.displayName} made longer (100 to 150). */
    DRIFTED
  }

  private static final Map<String, Path> COMPILED = new ConcurrentHashMap<>();
  private static Path root;

  private Entities() {}

  /** The compiled classes of a version of the portal's model. */
  static Path portal(Version version) {
    return compiled("portal-" + version.name().toLowerCase(java.util.Locale.ROOT), portalSources(version));
  }

  /** Entities whose mapping Hibernate refuses: {@code Team.members} is mapped by {@code squad}, which Member lacks. */
  static Path brokenMapping() {
    Map<String, String> sources = new LinkedHashMap<>();
    sources.put("e2e/broken/Team.java", """
        package e2e.broken;

        import jakarta.persistence.Entity;
        import jakarta.persistence.GeneratedValue;
        import jakarta.persistence.GenerationType;
        import jakarta.persistence.Id;
        import jakarta.persistence.OneToMany;
        import jakarta.persistence.Table;
        import java.util.List;

        @Entity
        @Table(name = "teams")
        public class Team {
          @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
          @OneToMany(mappedBy = "squad") private List<Member> members;
        }
        """);
    sources.put("e2e/broken/Member.java", """
        package e2e.broken;

        import jakarta.persistence.Entity;
        import jakarta.persistence.GeneratedValue;
        import jakarta.persistence.GenerationType;
        import jakarta.persistence.Id;
        import jakarta.persistence.ManyToOne;
        import jakarta.persistence.Table;

        @Entity
        @Table(name = "members")
        public class Member {
          @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
          @ManyToOne private Team team;
        }
        """);
    return compiled("broken", sources);
  }

  /** The package of {@link #shop()}. */
  static final String SHOP = "e2e.shop";

  /**
   * A shop's entities, mapped to exactly the schema {@code BaselineE2eTest} builds by hand: a named enum, a
   * sequence, comments, foreign keys with ON DELETE actions, a two-column index.
   */
  static Path shop() {
    Map<String, String> sources = new LinkedHashMap<>();
    sources.put("e2e/shop/Stage.java", """
        package e2e.shop;

        public enum Stage {
          OPEN,
          IN_PROGRESS,
          DONE
        }
        """);
    sources.put("e2e/shop/Customer.java", """
        package e2e.shop;

        import jakarta.persistence.Column;
        import jakarta.persistence.Entity;
        import jakarta.persistence.GeneratedValue;
        import jakarta.persistence.GenerationType;
        import jakarta.persistence.Id;
        import jakarta.persistence.Table;
        import org.hibernate.annotations.Comment;

        @Entity
        @Table(name = "customers")
        @Comment("People who buy")
        public class Customer {
          @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
          @Column(nullable = false, unique = true, length = 200) @Comment("Login and contact address")
          private String email;
          @Column(nullable = false, length = 100) private String name;
        }
        """);
    sources.put("e2e/shop/Ticket.java", """
        package e2e.shop;

        import jakarta.persistence.Column;
        import jakarta.persistence.Entity;
        import jakarta.persistence.EnumType;
        import jakarta.persistence.Enumerated;
        import jakarta.persistence.ForeignKey;
        import jakarta.persistence.GeneratedValue;
        import jakarta.persistence.GenerationType;
        import jakarta.persistence.Id;
        import jakarta.persistence.Index;
        import jakarta.persistence.JoinColumn;
        import jakarta.persistence.ManyToOne;
        import jakarta.persistence.Table;
        import org.hibernate.annotations.JdbcTypeCode;
        import org.hibernate.annotations.OnDelete;
        import org.hibernate.annotations.OnDeleteAction;
        import org.hibernate.type.SqlTypes;

        @Entity
        @Table(name = "tickets", indexes = @Index(name = "ix_tickets_customer_stage", columnList = "customer_id, stage"))
        public class Ticket {
          @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
          @Column(nullable = false, length = 200) private String title;
          @Enumerated(EnumType.STRING) @JdbcTypeCode(SqlTypes.NAMED_ENUM) @Column(nullable = false) private Stage stage;
          @ManyToOne(optional = false)
          @JoinColumn(name = "customer_id", nullable = false, foreignKey = @ForeignKey(name = "fk_tickets_customer"))
          @OnDelete(action = OnDeleteAction.CASCADE)
          private Customer customer;
        }
        """);
    sources.put("e2e/shop/Invoice.java", """
        package e2e.shop;

        import jakarta.persistence.Column;
        import jakarta.persistence.Entity;
        import jakarta.persistence.ForeignKey;
        import jakarta.persistence.GeneratedValue;
        import jakarta.persistence.GenerationType;
        import jakarta.persistence.Id;
        import jakarta.persistence.JoinColumn;
        import jakarta.persistence.ManyToOne;
        import jakarta.persistence.SequenceGenerator;
        import jakarta.persistence.Table;
        import java.math.BigDecimal;
        import org.hibernate.annotations.OnDelete;
        import org.hibernate.annotations.OnDeleteAction;

        @Entity
        @Table(name = "invoices")
        public class Invoice {
          @Id
          @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invoice_numbers")
          @SequenceGenerator(name = "invoice_numbers", sequenceName = "invoice_number_seq", initialValue = 1000,
              allocationSize = 10)
          private Long id;
          @Column(nullable = false, precision = 12, scale = 2) private BigDecimal amount;
          @ManyToOne(optional = false)
          @JoinColumn(name = "customer_id", nullable = false, foreignKey = @ForeignKey(name = "fk_invoices_customer"))
          private Customer customer;
          @ManyToOne
          @JoinColumn(name = "ticket_id", foreignKey = @ForeignKey(name = "fk_invoices_ticket"))
          @OnDelete(action = OnDeleteAction.SET_NULL)
          private Ticket ticket;
        }
        """);
    return compiled("shop", sources);
  }

  private static Map<String, String> portalSources(Version version) {
    boolean linkedin = version != Version.INITIAL;
    boolean drifted = version == Version.DRIFTED;
    Map<String, String> sources = new LinkedHashMap<>();
    sources.put("e2e/model/Role.java", """
        package e2e.model;

        public enum Role {
          MEMBER,
          LEAD
        }
        """);
    sources.put("e2e/model/Team.java", """
        package e2e.model;

        import jakarta.persistence.Column;
        import jakarta.persistence.Entity;
        import jakarta.persistence.GeneratedValue;
        import jakarta.persistence.GenerationType;
        import jakarta.persistence.Id;
        import jakarta.persistence.Table;

        @Entity
        @Table(name = "teams")
        public class Team {
          @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
          @Column(nullable = false, unique = true, length = 80) private String name;
        %s}
        """.formatted(drifted ? "  @Column(length = 500) private String description;\n" : ""));
    sources.put("e2e/model/TeamMember.java", """
        package e2e.model;

        import jakarta.persistence.Column;
        import jakarta.persistence.Entity;
        import jakarta.persistence.EnumType;
        import jakarta.persistence.Enumerated;
        import jakarta.persistence.ForeignKey;
        import jakarta.persistence.GeneratedValue;
        import jakarta.persistence.GenerationType;
        import jakarta.persistence.Id;
        import jakarta.persistence.Index;
        import jakarta.persistence.JoinColumn;
        import jakarta.persistence.ManyToOne;
        import jakarta.persistence.Table;

        @Entity
        @Table(name = "team_members", indexes = @Index(name = "ix_team_members_email", columnList = "email"))
        public class TeamMember {
          @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
          @Column(nullable = false, length = 200) private String email;
          @Column(name = "display_name", nullable = false, length = %d) private String displayName;
          @ManyToOne(optional = false)
          @JoinColumn(name = "team_id", nullable = false, foreignKey = @ForeignKey(name = "fk_team_members_team"))
          private Team team;
          @Enumerated(EnumType.STRING) @Column(nullable = false, length = 20) private Role role;
        %s}
        """.formatted(drifted ? 150 : 100,
            linkedin ? "  @Column(name = \"linkedin_url\") private String linkedinUrl;\n" : ""));
    return sources;
  }

  /** Compiles {@code sources} (path below the source root to text) once per JVM; returns the classes directory. */
  static synchronized Path compiled(String name, Map<String, String> sources) {
    Path classes = COMPILED.get(name);
    if (classes != null) {
      return classes;
    }
    try {
      Path dir = root().resolve(name);
      Path src = dir.resolve("src");
      classes = dir.resolve("classes");
      Files.createDirectories(classes);
      List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-proc:none", "--release", "17",
          "-cp", System.getProperty("java.class.path")));
      for (var source : sources.entrySet()) {
        Path file = src.resolve(source.getKey());
        Files.createDirectories(file.getParent());
        Files.writeString(file, source.getValue());
        args.add(file.toString());
      }
      compile(args);
      COMPILED.put(name, classes);
      return classes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs javac with {@code args}; fails with its messages when it reports an error. */
  static void compile(List<String> args) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream messages = new ByteArrayOutputStream();
    int code = javac.run(null, messages, messages, args.toArray(String[]::new));
    if (code != 0) {
      throw new AssertionError("javac failed on " + args.stream().filter(a -> a.endsWith(".java")).toList() + ":\n"
          + messages.toString(StandardCharsets.UTF_8));
    }
  }

  /** One directory for the JVM's compiled models, deleted when it exits. */
  private static Path root() throws IOException {
    if (root == null) {
      root = Files.createTempDirectory("autogen-e2e-entities");
      Path dir = root;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
    }
    return root;
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a temporary directory left behind is harmless
    }
  }
}
