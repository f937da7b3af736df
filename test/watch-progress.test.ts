// The step list that long work (`ihek build`) shows on a terminal; it lives with the watch tests
// because both are about feedback while authoring.
import { Writable } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import { run } from '../src/cli/main.js';
import { ProgressReporter, progressMode } from '../src/cli/progress-reporter.js';
import { runCli } from './support/cli.js';
import { makeProject, tempDir } from './support/fixture.js';

function stream(isTTY: boolean): Writable & { text: string; isTTY: boolean } {
  const out = new Writable({
    write(chunk, _encoding, callback) {
      out.text += String(chunk);
      callback();
    },
  }) as Writable & { text: string; isTTY: boolean };
  out.text = '';
  out.isTTY = isTTY;
  return out;
}

async function buildWith(stderrIsTTY: boolean, env: NodeJS.ProcessEnv, extra: string[] = []) {
  const project = await makeProject();
  const out = await tempDir();
  const stdout = stream(false);
  const stderr = stream(stderrIsTTY);
  const code = await run(['build', project.dir, '--out', out, ...extra], { stdout, stderr, env, cwd: project.parent, isTTY: false });
  return { code, stdout: stdout.text, stderr: stderr.text, out };
}

describe('progress of ihek build', () => {
  it('shows nothing when stderr is no terminal and --verbose is not given', async () => {
    const result = await buildWith(false, {});
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^geschrieben: .*ihek\.html\n$/);
  });

  it('prints one plain line per step with --verbose, leaving stdout as it was', async () => {
    const result = await buildWith(false, {}, ['--verbose']);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^✓ Projekt laden: \d+,\d\d s\n✓ prüfen: \d+,\d\d s\n✓ HTML erzeugen: \d+,\d\d s\n$/);
    expect(result.stdout).toMatch(/^geschrieben: .*ihek\.html\n$/);
  });

  it('redraws a step list with times on a terminal, and plain lines on a terminal in CI', async () => {
    const live = await buildWith(true, {});
    expect(live.code).toBe(0);
    const lines = live.stderr.split('\n');
    expect(lines.filter((l) => l.includes('✓')).map((l) => l.slice(l.lastIndexOf('\r\x1b[2K') + 5).replace(/\d+,\d\d s/, 'T'))).toEqual([
      '  ✓ Projekt laden  T',
      '  ✓ prüfen  T',
      '  ✓ HTML erzeugen  T',
    ]);
    expect(live.stderr).toMatch(/\r\x1b\[2K {2}… Projekt laden {2}\d+,\d\d s/);
    expect(live.stderr).toMatch(/ {2}fertig in \d+,\d\d s\n$/);
    expect(live.stdout).toMatch(/^geschrieben: .*ihek\.html\n$/);

    const ci = await buildWith(true, { CI: 'true' });
    expect(ci.stderr).toMatch(/^✓ Projekt laden: \d+,\d\d s\n✓ prüfen: \d+,\d\d s\n✓ HTML erzeugen: \d+,\d\d s\n$/);
    expect(ci.stderr).not.toContain('\x1b');
  });

  it('marks the step that failed', async () => {
    const result = await buildWith(false, {}, ['--verbose', '--pdf', '--browser', '/nicht/vorhanden/chromium']);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/✓ HTML erzeugen: \d+,\d\d s\n✗ PDF drucken: \d+,\d\d s\nihek: Der Browser aus --browser/);
  });

  it('speaks English with --lang en and says nothing on a clean check failure but the findings', async () => {
    const result = await buildWith(false, {}, ['--verbose', '--lang', 'en']);
    expect(result.stderr).toMatch(/^✓ loading the project: \d+\.\d\d s\n✓ checking: \d+\.\d\d s\n✓ rendering HTML: \d+\.\d\d s\n$/);
    const broken = await makeProject({ overlay: 'broken-link' });
    const failed = await runCli(['build', broken.dir, '--verbose'], { cwd: broken.parent });
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/^✓ Projekt laden: \d+,\d\d s\n✓ prüfen: \d+,\d\d s\nprojekt\//);
  });
});

describe('ProgressReporter', () => {
  it('decides the mode from the terminal, CI and --verbose', () => {
    expect(progressMode(false, {}, false)).toBe('off');
    expect(progressMode(false, {}, true)).toBe('plain');
    expect(progressMode(true, {}, false)).toBe('live');
    expect(progressMode(true, { CI: 'true' }, false)).toBe('plain');
    expect(progressMode(true, { CI: 'false' }, false)).toBe('live');
    expect(progressMode(true, { TERM: 'dumb' }, false)).toBe('plain');
  });

  it('redraws the running step and stops its timer when the build fails', () => {
    vi.useFakeTimers();
    try {
      const out = stream(true);
      let now = 0;
      const reporter = new ProgressReporter(out, 'live', 'de', () => now);
      reporter.onStep({ step: 'pdf', phase: 'start' });
      expect(vi.getTimerCount()).toBe(1);
      now = 1_500;
      vi.advanceTimersByTime(250);
      now = 12_345;
      reporter.finish(false);
      expect(vi.getTimerCount()).toBe(0);
      expect(out.text).toBe('\r\x1b[2K  … PDF drucken  0,00 s\r\x1b[2K  … PDF drucken  1,50 s\r\x1b[2K  ✗ PDF drucken  12,3 s\n');
    } finally {
      vi.useRealTimers();
    }
  });
});
