// The progress line of a long scan, on stderr when it is a terminal: documents, claims, documents per second.
// Redrawn at most a few times a second, so it costs nothing next to the judging.

export interface Progress {
  add(claims: number): void;
  done(): void;
}

const NONE: Progress = { add() {}, done() {} };

export function progressLine(
  write: ((s: string) => void) | null,
  now: () => number = () => performance.now(),
): Progress {
  if (!write) return NONE;
  const started = now();
  let documents = 0;
  let claims = 0;
  let drawn = 0;
  const draw = () => {
    const seconds = (now() - started) / 1000;
    const rate = seconds > 0 ? documents / seconds : 0;
    write(`\r\x1b[K${documents} documents, ${claims} claims, ${rate.toFixed(1)} documents/s`);
  };
  return {
    add(n) {
      documents++;
      claims += n;
      if (now() - drawn >= 250) {
        drawn = now();
        draw();
      }
    },
    done() {
      if (documents > 0) {
        draw();
        write('\n');
      }
    },
  };
}
