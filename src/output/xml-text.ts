/**
 * Characters XML 1.0 does not allow in a document, not even escaped: C0 controls other than tab,
 * line feed and carriage return (Word's Shift+Enter puts U+000B into copied titles), lone
 * surrogates and U+FFFE/U+FFFF. One of them makes a whole SVG or the PDF's XMP unreadable.
 */
// eslint-disable-next-line no-control-regex
const NOT_IN_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text as XML can carry it: the characters XML does not allow become spaces. */
export function xmlSafeText(value: string): string {
  return value.replace(NOT_IN_XML, ' ');
}

/** Text for XML content or a quoted attribute value. */
export function xmlEscape(value: string): string {
  return xmlSafeText(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
