package dev.autogen.runtime.op;

/** Thrown by {@link Op#reverse()} when an op has no reverse that restores the previous state. */
public class IrreversibleOperationException extends RuntimeException {
  public IrreversibleOperationException(String message) {
    super(message);
  }
}
