// The comments of a JavaScript or TypeScript file, found by the TypeScript parser (so strings and regular
// expressions that look like comments are not taken for them).
import ts from 'typescript';

export interface Comment {
  text: string;
  /** 1-based line of the comment's start. */
  line: number;
}

export function commentsOf(path: string, source: string): Comment[] {
  const kind = path.endsWith('.tsx') || path.endsWith('.jsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const file = ts.createSourceFile(path, source, ts.ScriptTarget.Latest, true, kind);
  const seen = new Set<number>();
  const out: Comment[] = [];
  const take = (ranges: ts.CommentRange[] | undefined) => {
    for (const r of ranges ?? []) {
      if (seen.has(r.pos)) continue;
      seen.add(r.pos);
      out.push({
        text: source.slice(r.pos, r.end),
        line: file.getLineAndCharacterOfPosition(r.pos).line + 1,
      });
    }
  };
  // Every token, punctuation included (getChildren lists them), so a comment before a `}` is found too.
  const visit = (node: ts.Node) => {
    take(ts.getLeadingCommentRanges(source, node.pos));
    take(ts.getTrailingCommentRanges(source, node.end));
    for (const child of node.getChildren(file)) visit(child);
  };
  visit(file);
  take(ts.getLeadingCommentRanges(source, file.endOfFileToken.pos));
  return out.sort((a, b) => a.line - b.line);
}
