// One suite page as a news page: headline, publication date (when it has one), one sentence a paragraph.
export interface Page {
  file: string;
  title: string;
  published: string | null;
  paragraphs: string[];
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function renderPage(page: Page): string {
  const date = page.published
    ? `\n<meta property="article:published_time" content="${page.published}T09:00:00Z">`
    : '';
  const body = page.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(page.title)}</title>${date}
</head>
<body>
<article>
<h1>${escapeHtml(page.title)}</h1>
${body}
</article>
</body>
</html>
`;
}
