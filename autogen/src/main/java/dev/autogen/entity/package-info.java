/**
 * The target side of a diff, read from JPA entities: Hibernate's boot metamodel built from compiled classes
 * ({@link dev.autogen.entity.EntityMetadata}), Hibernate's own create script applied to a scratch database
 * and read back ({@link dev.autogen.entity.EntitySchemaReader}), and which entity and attribute each table
 * and column comes from.
 */
package dev.autogen.entity;
