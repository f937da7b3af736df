import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';

/**
 * The watchdog's program (POSIX sh, so it starts in a moment and costs next to nothing while it
 * waits). It reads lines from its stdin — `+PATH` to remove the path when the run ends, `-PATH` to
 * keep it after all — until end of file, which comes when this process closes the pipe or dies in
 * any way, even by SIGKILL. Then it kills every process whose environment holds the run's tag
 * (`$1`, an entry `NAME=VALUE`) together with its process group, and removes the paths still
 * listed. The tag travels through launcher scripts, `setsid` and double forks, which a process
 * group does not; the group holds what the browser forked without its environment (its zygotes
 * and renderers). Never the group of this process, read before it can end. The search is repeated
 * until nothing is found, as a dying browser may still be forking. Terminal signals are ignored:
 * the watchdog ends when its work is done, not when the terminal goes.
 */
const SCRIPT = `
trap '' HUP INT TERM
group_of() { sed 's/.*) //' "/proc/$1/stat" 2>/dev/null | cut -d' ' -f3; }
own=$(group_of "$PPID")
paths=$(awk '/^\\+/ { keep[substr($0, 2)] = 1 } /^-/ { delete keep[substr($0, 2)] } END { for (p in keep) print p }')
n=0
while [ "$n" -lt 50 ]; do
  pids=$(grep -lzxF -e "$1" /proc/[0-9]*/environ 2>/dev/null | cut -d/ -f3)
  [ -n "$pids" ] || break
  for pid in $pids; do
    group=$(group_of "$pid")
    [ -n "$group" ] && [ "$group" != "$own" ] && [ "$group" -gt 1 ] && kill -9 "-$group" 2>/dev/null
    kill -9 "$pid" 2>/dev/null
  done
  sleep 0.05
  n=$((n + 1))
done
printf '%s\\n' "$paths" | while IFS= read -r p; do
  [ -n "$p" ] && rm -rf -- "$p"
done
`;

/**
 * A small process that outlives this one to clean up after it: the browser and everything the
 * browser started, and the temporary folders of the run. Node cannot ask the kernel to kill a
 * child when the parent dies, so the watchdog holds a pipe from this process instead, and the
 * pipe closes however this process ends. `finish()` makes it do its work now and waits for it.
 * Where it cannot run (no /bin/sh, no /proc), the caller's own cleanup still applies.
 */
export class CleanupWatchdog {
  private constructor(
    private readonly child: ChildProcess | undefined,
    /** The environment entry that marks a process as one of the run's. */
    readonly tag: { name: string; value: string },
  ) {}

  static start(): CleanupWatchdog {
    const tag = { name: 'IHEK_RUN', value: randomBytes(8).toString('hex') };
    let child: ChildProcess | undefined;
    try {
      child = spawn('/bin/sh', ['-c', SCRIPT, 'ihek-watchdog', `${tag.name}=${tag.value}`], {
        // A process group and session of its own: Ctrl-C in the terminal and a hang-up reach this
        // process, which cleans up itself, not the watchdog.
        detached: true,
        // Not this process's stdout or stderr: a reader of those (a pipe, a test) would wait for it.
        stdio: ['pipe', 'ignore', 'ignore'],
        cwd: '/',
        env: { PATH: process.env.PATH ?? '/usr/bin:/bin', LC_ALL: 'C' },
      });
      child.on('error', () => undefined);
      child.stdin?.on('error', () => undefined);
      // No /bin/sh (or no process could be made): the caller's own cleanup is all there is.
      if (child.pid === undefined) throw new Error('no watchdog');
      // The watchdog does not keep this process alive; when it ends, the closed pipe is the signal.
      child.unref();
      (child.stdin as unknown as { unref?: () => void } | null)?.unref?.();
    } catch {
      child = undefined;
    }
    return new CleanupWatchdog(child, tag);
  }

  /** The environment for a process the watchdog is to kill with the run. */
  env(base: NodeJS.ProcessEnv): Record<string, string | undefined> {
    return { ...base, [this.tag.name]: this.tag.value };
  }

  /** `target` is removed when the run ends (unless `keep` is called first). */
  removeWithRun(target: string): void {
    // One path per line: a path with a line break cannot be said; it is left to the caller.
    if (!target.includes('\n')) this.child?.stdin?.write(`+${target}\n`);
  }

  /** `target` is to stay after all (it became the output). */
  keep(target: string): void {
    if (!target.includes('\n')) this.child?.stdin?.write(`-${target}\n`);
  }

  /** Kills the run's processes and removes its listed paths now; resolves when that is done. */
  finish(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
    return new Promise((resolve) => {
      // Held while waiting, so that this process does not end before the watchdog is done.
      const timer = setTimeout(done, 10_000);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      child.once('exit', done);
      child.once('error', done);
      child.stdin?.end();
    });
  }
}
