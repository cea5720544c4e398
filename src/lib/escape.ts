// The one escape function of the HTML and SVG the site writes as strings (map legend, list and
// popups, base maps), at build time and in the browser. Its own module: a browser bundle that needs
// no escaping does not carry it.

/** Escapes text for HTML and SVG content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
