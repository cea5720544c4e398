// The Nu Html Checker (the W3C validator's engine, `vnu-jar` on npm) on built pages, run with the
// Java of the machine (Debian's default-jre-headless, which .ci/system-packages installs). The
// package's own install script, which would download a Java runtime, is denied (package.json,
// allowScripts): the registry is the only network here.
import { spawnSync } from 'node:child_process';
import jar from 'vnu-jar';

/** One error the checker reports: the page, where, and its message. */
export interface NuError {
  file: string;
  line?: number;
  message: string;
  extract?: string;
}

/** The path of vnu.jar, as the npm package exports it. */
export function vnuJar(): string {
  return String(jar);
}

/** Every error the Nu Html Checker finds in these HTML files (warnings left out), in one run of Java. */
export function nuErrors(files: string[]): NuError[] {
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (java.status !== 0)
    throw new Error(
      'Java est introuvable : installez un environnement Java (apt-get install default-jre-headless), ou lancez .ci/system-packages.',
    );
  const result = spawnSync('java', ['-jar', vnuJar(), '--errors-only', '--format', 'json', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  // The checker exits 1 when it found errors; its report is on stderr either way.
  const report = JSON.parse(result.stderr || '{"messages":[]}') as {
    messages: Array<{ type: string; url?: string; lastLine?: number; message: string; extract?: string }>;
  };
  return report.messages
    .filter((m) => m.type === 'error')
    .map((m) => ({
      file: decodeURIComponent((m.url ?? '').replace(/^file:/, '')),
      ...(m.lastLine !== undefined && { line: m.lastLine }),
      message: m.message,
      ...(m.extract && { extract: m.extract }),
    }));
}
