// A build step for the judging worker's script: every character outside ASCII becomes a `\u` escape. esbuild
// escapes them in strings and names but leaves them as they are in regular expression literals (a few quote
// marks and dashes in the engine's patterns), and those few make the whole half megabyte a two-byte string
// wherever it is held as text: in the background, in the message to the annotator, and in the annotator, whose
// Blob of it (made on the page's main thread) then has to be encoded rather than copied (~2.5 ms of ~6).

const NON_ASCII = /(\\*)([^\x00-\x7f])/g;

/**
 * `code` with each non-ASCII UTF-16 unit written as `\uXXXX` (a surrogate pair as two escapes): the same
 * program where such a character may stand in minified output (a regular expression literal, a string, a
 * name). An identity escape (`\’`, an odd run of backslashes before it) becomes the plain escape of the
 * character, which means the same.
 */
export function asciiOnly(code: string): string {
  return code.replace(NON_ASCII, (_m, slashes: string, c: string) => {
    const kept = slashes.length % 2 === 1 ? slashes.slice(1) : slashes;
    return `${kept}\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}
