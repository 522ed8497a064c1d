package dev.autogen.entity.model.types;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Applied to every Color attribute: stored as #rrggbb. */
@Converter(autoApply = true)
public class ColorConverter implements AttributeConverter<Color, String> {
  @Override
  public String convertToDatabaseColumn(Color c) {
    return c == null ? null : String.format("#%02x%02x%02x", c.red(), c.green(), c.blue());
  }

  @Override
  public Color convertToEntityAttribute(String s) {
    return s == null ? null : new Color(Integer.parseInt(s.substring(1, 3), 16), Integer.parseInt(s.substring(3, 5), 16), Integer.parseInt(s.substring(5, 7), 16));
  }
}
