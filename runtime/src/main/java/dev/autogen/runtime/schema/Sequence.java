package dev.autogen.runtime.schema;

import java.util.Objects;

/**
 * A sequence. Null options mean the database default; {@code dataType} null means {@code bigint}.
 */
public record Sequence(
    String name, String dataType, Long start, Long increment, Long minValue, Long maxValue, Long cache, boolean cycle) {

  public Sequence {
    Objects.requireNonNull(name, "name");
  }

  public Sequence startWith(long value) {
    return new Sequence(name, dataType, value, increment, minValue, maxValue, cache, cycle);
  }

  public Sequence incrementBy(long value) {
    return new Sequence(name, dataType, start, value, minValue, maxValue, cache, cycle);
  }

  public Sequence minValue(long value) {
    return new Sequence(name, dataType, start, increment, value, maxValue, cache, cycle);
  }

  public Sequence maxValue(long value) {
    return new Sequence(name, dataType, start, increment, minValue, value, cache, cycle);
  }

  public Sequence cache(long value) {
    return new Sequence(name, dataType, start, increment, minValue, maxValue, value, cycle);
  }

  public Sequence cycling() {
    return new Sequence(name, dataType, start, increment, minValue, maxValue, cache, true);
  }

  public Sequence as(String type) {
    return new Sequence(name, type, start, increment, minValue, maxValue, cache, cycle);
  }
}
