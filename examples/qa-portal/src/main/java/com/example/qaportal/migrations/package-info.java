/**
 * The QA portal's schema migrations, one class per revision, written by {@code autogen --message "..."}
 * from the entities in {@code com.example.qaportal.model} and reviewed like any other code.
 */
package com.example.qaportal.migrations;
