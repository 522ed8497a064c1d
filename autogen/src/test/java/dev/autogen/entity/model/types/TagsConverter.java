package dev.autogen.entity.model.types;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;

/** A list of tags in one comma-separated column. */
@Converter
public class TagsConverter implements AttributeConverter<List<String>, String> {
  @Override
  public String convertToDatabaseColumn(List<String> tags) {
    return tags == null ? null : String.join(",", tags);
  }

  @Override
  public List<String> convertToEntityAttribute(String s) {
    return s == null ? null : Arrays.asList(s.split(","));
  }
}
