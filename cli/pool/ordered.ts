// Runs async work on a stream of items with at most `window` in flight, giving results in input order.
// Memory is bounded by the window, whatever the length of the stream.

/** `run` must not reject: turn failures into results (a rejection waiting in the window would go unhandled). */
export async function* runOrdered<T, R>(
  items: AsyncIterable<T>,
  run: (item: T) => Promise<R>,
  window: number,
): AsyncGenerator<R> {
  const inFlight: Promise<R>[] = [];
  for await (const item of items) {
    inFlight.push(run(item));
    if (inFlight.length >= window) yield await (inFlight.shift() as Promise<R>);
  }
  while (inFlight.length > 0) yield await (inFlight.shift() as Promise<R>);
}
