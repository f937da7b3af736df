/**
 * Rejects when `work` has not settled after `ms`. Every step of a print talks to the browser, and a
 * browser that stops answering (hung, stopped, swapped out) would otherwise keep the run waiting for ever.
 */
export function withDeadline<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  work.catch(() => undefined); // settles after the deadline when the browser is killed; nobody waits then
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}
