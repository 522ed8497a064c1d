package dev.autogen.entity.model.basics;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.hibernate.annotations.Check;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.Comment;

/** Plain columns, constraints, indexes, comments and defaults. */
@Entity
@Table(
    name = "customers",
    uniqueConstraints = @UniqueConstraint(name = "uk_customers_name", columnNames = {"first_name", "last_name"}),
    indexes = {
      @Index(name = "ix_customers_email", columnList = "email"),
      @Index(name = "ix_customers_city_born", columnList = "city, born desc")
    })
@Check(name = "ck_customers_credit", constraints = "credit_limit >= 0")
@Comment("People who buy things")
public class Customer extends Audited {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(name = "first_name", nullable = false, length = 100)
  String firstName;

  @Column(name = "last_name", nullable = false, length = 100)
  String lastName;

  @Column(unique = true, nullable = false)
  @Comment("Where invoices go")
  String email;

  @Column(name = "credit_limit", precision = 12, scale = 2)
  BigDecimal creditLimit;

  @ColumnDefault("'active'")
  @Column(nullable = false, length = 20)
  String status;

  @ColumnDefault("0")
  int visits;

  boolean vip;

  String city;

  LocalDate born;

  @Column(columnDefinition = "text")
  String notes;

  @Version
  int version;
}
