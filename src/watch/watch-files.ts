import { watch, type FSWatcher } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * Names editors and office programs write beside a file while saving it: hidden files (Vim's
 * `.x.md.swp`, Emacs' lock `.#x.md`, LibreOffice's `.~lock.x#`), backups (`x.md~`), Emacs'
 * auto-save `#x.md#`, Vim's write test `4913`, temporary files (`*.tmp`, JetBrains'
 * `x.md___jb_tmp___`, Kate's `x.md.kate-swp`, Chrome's `x.md.crswap`) and Word's owner file `~$x`.
 */
export function isEditorNoise(name: string): boolean {
  return /^\.|~$|^~\$|\.sw[a-p]x?$|\.tmp$|^4913$|^#.*#$|___jb_(tmp|old|bak)___$|\.kate-swp$|\.crswap$/i.test(name);
}

/**
 * Watches the folders that hold a project's files, not the files themselves: editors that save by
 * writing a new file and renaming it over the old one replace the file, and a watch on the old file
 * would go quiet. Changes to the files of interest are collected for `debounceMs` and then reported
 * together, once.
 */
export class FolderWatcher {
  private readonly watchers = new Map<string, FSWatcher>();
  private pending = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(
    private readonly onChange: (files: string[]) => void,
    /** An editor's save arrives as one or two events within a few milliseconds. */
    private readonly debounceMs = 30,
    /** Folders whose changes never count (the output folder). */
    private readonly ignore: readonly string[] = [],
  ) {}

  /** Watches exactly the folders of `files` (files and folders); stops watching the others. */
  async watchFiles(files: readonly string[]): Promise<void> {
    if (this.closed) return;
    const folders = new Set<string>();
    for (const file of files) {
      const isDir = await stat(file).then((s) => s.isDirectory(), () => false);
      folders.add(isDir ? file : path.dirname(file));
    }
    // Closed meanwhile (Ctrl-C during a rebuild): a watcher opened now would keep the process alive.
    if (this.closed) return;
    for (const [folder, watcher] of this.watchers) {
      if (!folders.has(folder)) {
        watcher.close();
        this.watchers.delete(folder);
      }
    }
    for (const folder of folders) {
      if (this.watchers.has(folder) || this.ignore.some((dir) => folder === dir || folder.startsWith(dir + path.sep))) continue;
      try {
        const watcher = watch(folder, { persistent: true }, (_event, name) => this.changed(folder, name?.toString()));
        // A folder that disappears ends its watcher; the next rebuild watches again what is there.
        watcher.on('error', () => {
          watcher.close();
          if (this.watchers.get(folder) === watcher) this.watchers.delete(folder);
          this.changed(folder, undefined);
        });
        this.watchers.set(folder, watcher);
      } catch {
        // the folder does not exist (yet): nothing to watch
      }
    }
  }

  /** The folders watched now. */
  get folders(): string[] {
    return [...this.watchers.keys()].sort();
  }

  private changed(folder: string, name: string | undefined): void {
    if (this.closed) return;
    if (name !== undefined && isEditorNoise(path.basename(name))) return;
    const file = name === undefined ? folder : path.join(folder, name);
    // Every file is reported; the builder knows which ones the page is made of and skips the others.
    this.pending.add(file);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), this.debounceMs);
  }

  private flush(): void {
    this.timer = undefined;
    const files = [...this.pending];
    this.pending.clear();
    if (files.length > 0 && !this.closed) this.onChange(files);
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.timer);
    for (const watcher of this.watchers.values()) watcher.close();
    this.watchers.clear();
    this.pending.clear();
  }
}
