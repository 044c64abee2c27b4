// Where a private key may be written: outside any git work tree, or inside one only in a git-ignored folder
// (keys/ in this repository). A file pattern alone (*.key) is not enough: the folder must be ignored, so
// nothing written beside the key (its .pub, an editor's backup) can be committed by accident either.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { FactsError } from './command';

interface GitRun {
  code: number;
  stdout: string;
}

function git(args: string[], cwd: string): Promise<GitRun> {
  return new Promise((resolve, reject) => {
    execFile('git', args, { cwd, encoding: 'utf8' }, (error, stdout) => {
      if (!error) return resolve({ code: 0, stdout });
      const code = (error as { code?: unknown }).code;
      if (typeof code === 'number') return resolve({ code, stdout });
      reject(error);
    });
  });
}

/** 'outside' (no git work tree), 'ignored' (a git-ignored folder) or 'tracked' (git could track files there). */
export async function folderGitStatus(absDir: string): Promise<'outside' | 'ignored' | 'tracked'> {
  let existing = absDir;
  while (!existsSync(existing)) existing = dirname(existing);
  try {
    const inside = await git(['rev-parse', '--is-inside-work-tree'], existing);
    if (inside.code !== 0 || inside.stdout.trim() !== 'true') return 'outside';
    const ignored = await git(['check-ignore', '-q', '--', `${absDir.replace(/\/+$/, '')}/`], existing);
    if (ignored.code === 0) return 'ignored';
    if (ignored.code === 1) return 'tracked';
    throw new Error(`git check-ignore exited with ${ignored.code}`);
  } catch (e) {
    const reason =
      (e as { code?: string })?.code === 'ENOENT' ? 'git is not installed' : (e as Error).message;
    throw new FactsError(`cannot tell whether git would track files in ${absDir}: ${reason}`);
  }
}
