// What a webview may load: nothing but the page's own inline style. The preview's HTML comes from
// the server (declaration text escaped there); this policy is the second lock, so even a page that
// slipped a script, an image or a remote stylesheet through would have none of them run or load.
export const PREVIEW_CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'";

const META = `<meta http-equiv="Content-Security-Policy" content="${PREVIEW_CONTENT_SECURITY_POLICY}">`;

/** The page with the policy as the first element of its <head> (one is added when it has none). */
export function withContentSecurityPolicy(html: string): string {
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (head) return `${html.slice(0, head.index + head[0].length)}\n${META}${html.slice(head.index + head[0].length)}`;
  const htmlTag = /<html(\s[^>]*)?>/i.exec(html);
  if (htmlTag) return `${html.slice(0, htmlTag.index + htmlTag[0].length)}\n<head>${META}</head>${html.slice(htmlTag.index + htmlTag[0].length)}`;
  return `<!DOCTYPE html>\n<html>\n<head>${META}</head>\n<body>${html}</body>\n</html>\n`;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A one-paragraph page, for when there is nothing to preview. */
export function messagePage(message: string, lang: 'en' | 'fr'): string {
  return withContentSecurityPolicy(`<!DOCTYPE html>\n<html lang="${lang}">\n<head>\n<meta charset="utf-8">\n</head>\n<body>\n<p>${escape(message)}</p>\n</body>\n</html>\n`);
}
