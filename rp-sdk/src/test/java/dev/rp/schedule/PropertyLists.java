package dev.rp.schedule;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * Reads a property list with the JDK's validating XML parser into maps, lists, strings, longs and
 * booleans, failing on anything the plist grammar does not allow.
 */
final class PropertyLists {

  /** The plist 1.0 grammar: a value is one of the types below, a dict alternates key and value. */
  private static final String GRAMMAR =
      """
      <!ENTITY % value "(array | dict | string | integer | real | date | data | true | false)">
      <!ELEMENT plist %value;>
      <!ATTLIST plist version CDATA #FIXED "1.0">
      <!ELEMENT array (%value;)*>
      <!ELEMENT dict (key, %value;)*>
      <!ELEMENT key (#PCDATA)>
      <!ELEMENT string (#PCDATA)>
      <!ELEMENT integer (#PCDATA)>
      <!ELEMENT real (#PCDATA)>
      <!ELEMENT date (#PCDATA)>
      <!ELEMENT data (#PCDATA)>
      <!ELEMENT true EMPTY>
      <!ELEMENT false EMPTY>
      """;

  static final String APPLE_PUBLIC_ID = "-//Apple//DTD PLIST 1.0//EN";

  private PropertyLists() {}

  /** Parses {@code file}, whose DOCTYPE must name Apple's plist DTD; the DTD is never fetched. */
  static Object parse(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setValidating(true);
    factory.setIgnoringElementContentWhitespace(true);
    DocumentBuilder builder = factory.newDocumentBuilder();
    builder.setEntityResolver(
        (publicId, systemId) -> {
          if (!APPLE_PUBLIC_ID.equals(publicId)) {
            throw new AssertionError("unexpected DTD " + publicId + " " + systemId);
          }
          return new InputSource(new StringReader(GRAMMAR));
        });
    builder.setErrorHandler(
        new ErrorHandler() {
          @Override
          public void warning(SAXParseException e) {}

          @Override
          public void error(SAXParseException e) throws SAXParseException {
            throw e;
          }

          @Override
          public void fatalError(SAXParseException e) throws SAXParseException {
            throw e;
          }
        });
    Document document = builder.parse(file.toFile());
    if (!APPLE_PUBLIC_ID.equals(document.getDoctype().getPublicId())) {
      throw new AssertionError("DOCTYPE names " + document.getDoctype().getPublicId());
    }
    return value(children(document.getDocumentElement()).get(0));
  }

  private static Object value(Element element) {
    switch (element.getTagName()) {
      case "dict":
        Map<String, Object> dict = new LinkedHashMap<>();
        List<Element> entries = children(element);
        for (int i = 0; i < entries.size(); i += 2) {
          String key = entries.get(i).getTextContent();
          if (dict.put(key, value(entries.get(i + 1))) != null) {
            throw new AssertionError("duplicate key " + key);
          }
        }
        return dict;
      case "array":
        List<Object> array = new ArrayList<>();
        children(element).forEach(child -> array.add(value(child)));
        return array;
      case "integer":
        return Long.parseLong(element.getTextContent());
      case "true":
        return true;
      case "false":
        return false;
      default:
        return element.getTextContent();
    }
  }

  private static List<Element> children(Element element) {
    List<Element> children = new ArrayList<>();
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element) {
        children.add((Element) child);
      }
    }
    return children;
  }
}
