import { Marked, type Tokens } from "marked";
import sanitizeHtml from "sanitize-html";

/**
 * Course descriptions, lesson text and announcements are written in Markdown by people we
 * do not fully trust (any author, any pasted text), and shown to every learner. Two gates:
 * marked shows raw HTML as literal text instead of passing it through, and sanitize-html
 * then keeps only an allowlist of the tags marked produces, so a bug in either one alone
 * does not open a hole.
 */

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

const marked = new Marked({
  gfm: true,
  breaks: false,
  async: false,
  renderer: {
    // Raw HTML is shown as typed, so "List<T>" or a pasted "<b>" stays visible and harmless
    // rather than vanishing.
    html(token: Tokens.HTML | Tokens.Tag): string {
      const text = escapeHtml(token.text);
      return token.block ? `<p>${text.trim()}</p>\n` : text;
    },
    // Images are not allowed (tracking pixels, mixed content); the alt text stands in.
    image(token: Tokens.Image): string {
      return escapeHtml(token.text);
    },
    // <input> is not allowed either; a task list keeps its ticks as characters.
    checkbox(token: Tokens.Checkbox): string {
      return token.checked ? "☑" : "☐";
    },
  },
});

const LINK_SCHEMES = ["http", "https", "mailto"];

/** Only absolute http(s) and mailto links; relative and script URLs lose their href. */
function allowedHref(href: string | undefined): string | null {
  if (!href) return null;
  try {
    // The URL parser drops the tabs and newlines that browsers also ignore ("java\tscript:").
    const url = new URL(href);
    return LINK_SCHEMES.includes(url.protocol.slice(0, -1)) ? href : null;
  } catch {
    return null;
  }
}

const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    "h1", "h2", "h3", "h4", "h5", "h6",
    "p", "br", "hr",
    "ul", "ol", "li",
    "strong", "em", "code", "pre", "blockquote", "a",
    "table", "thead", "tbody", "tr", "th", "td",
  ],
  allowedAttributes: {
    a: ["href", "title", "target", "rel"],
    ol: ["start"],
    th: [{ name: "align", multiple: false, values: ["left", "center", "right"] }],
    td: [{ name: "align", multiple: false, values: ["left", "center", "right"] }],
  },
  allowedClasses: { code: ["language-*"] },
  allowedSchemes: LINK_SCHEMES,
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  transformTags: {
    a: (tagName, attribs) => {
      const href = allowedHref(attribs.href);
      const { href: _dropped, target: _target, rel: _rel, ...rest } = attribs;
      if (href === null) return { tagName, attribs: rest };
      return { tagName, attribs: { ...rest, href, target: "_blank", rel: "noopener noreferrer" } };
    },
  },
};

/** Markdown (GFM) to HTML that is safe to put into a page as is. */
export function renderMarkdown(md: string): string {
  const html = marked.parse(md, { async: false });
  return sanitizeHtml(html, SANITIZE_OPTIONS);
}
