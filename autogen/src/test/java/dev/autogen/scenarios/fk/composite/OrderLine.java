package dev.autogen.scenarios.fk.composite;

import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A line of an order, referencing both columns of its key. */
@Entity
@Table(name = "order_lines")
public class OrderLine {
  @Id
  Long id;

  @ManyToOne
  @JoinColumns(
      value = {
        @JoinColumn(name = "order_region", referencedColumnName = "region"),
        @JoinColumn(name = "order_number", referencedColumnName = "number")
      },
      foreignKey = @ForeignKey(name = "fk_order_lines_order"))
  Order order;
}
