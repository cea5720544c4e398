import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { deployOrderProblems, workflowProblems } from './ci-config';

const root = path.resolve(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

describe('workflowProblems', () => {
  it('wants pinned actions, no persisted credentials, permissions per job and the checked install', () => {
    const text = [
      'permissions:',
      '  contents: read',
      'jobs:',
      '  test:',
      '    steps:',
      '      - uses: actions/checkout@v5',
      '      - uses: actions/setup-node@a0853c24544627f65ddf259abe73b1d18a591444',
      '      - run: npm install --no-audit --no-fund',
    ].join('\n');
    expect(workflowProblems('ci.yml', text)).toEqual([
      'ci.yml : « permissions: {} » attendu en tête du fichier (chaque job dit ce dont il a besoin).',
      'ci.yml : « actions/checkout@v5 » n’est pas épinglé à un commit (owner/action@<sha de 40 caractères> # vX.Y.Z).',
      'ci.yml : « actions/setup-node@a0853c24544627f65ddf259abe73b1d18a591444 » sans sa version en commentaire (# vX.Y.Z).',
      'ci.yml, job test : pas de « permissions » (donnez le minimum : contents: read).',
      'ci.yml, job test : actions/checkout sans « persist-credentials: false » (le jeton resterait dans .git/config).',
      'ci.yml, job test : « npm install --no-audit --no-fund » ; utilisez .ci/install, qui échoue si l’installation modifie package-lock.json.',
    ]);
  });

  it('finds nothing wrong in the workflows of .github/workflows/', () => {
    const files = readdirSync(path.join(root, '.github/workflows')).filter((file) => file.endsWith('.yml'));
    expect(files.length).toBeGreaterThan(0);
    expect(files.flatMap((file) => workflowProblems(file, read(`.github/workflows/${file}`)))).toEqual([]);
  });
});

describe('the deploy jobs', () => {
  it('check the build between building and publishing, then the published site (GitHub Pages)', () => {
    const steps = (parse(read('.github/workflows/ci.yml')) as { jobs: { deploy: { steps: { uses?: string; run?: string }[] } } }).jobs
      .deploy.steps;
    const lines = steps.map((step) => step.run ?? step.uses ?? '');
    expect(deployOrderProblems('ci.yml, job deploy', lines, /^actions\/upload-pages-artifact@/)).toEqual([]);
    expect(lines.findIndex((line) => line.includes('check:deployment'))).toBeGreaterThan(
      lines.findIndex((line) => line.startsWith('actions/deploy-pages@')),
    );
  });

  it('check the build between building and publishing, then the published site (GitLab Pages)', () => {
    const pipeline = parse(read('.gitlab-ci.yml')) as Record<string, { script?: unknown[]; stage?: string; before_script?: string[] }>;
    const lines = (job: string) => (pipeline[job]?.script ?? []).flat(3).map(String);
    const after = Object.values(pipeline)
      .filter((job) => job?.stage === '.post')
      .flatMap((job) => (job.script ?? []).flat(3).map(String));
    expect(deployOrderProblems('.gitlab-ci.yml, job pages', lines('pages'), /mv dist public/, after)).toEqual([]);
    expect(pipeline.default?.before_script).toEqual(['.ci/install --cache .npm']);
  });

  it('say when the build is published unchecked', () => {
    expect(deployOrderProblems('x', ['npm run build', 'actions/upload-pages-artifact@x'], /^actions\/upload-pages-artifact@/)).toEqual([
      'x : « npm run check:site -- dist --site "$SITE_URL" --base "$BASE_PATH" » doit venir entre la construction et la publication.',
      'x : le site publié n’est pas vérifié (npm run check:deployment).',
    ]);
  });
});

describe('.ci/run', () => {
  it('installs the system packages, then the dependencies through the lockfile check, then runs the tests', () => {
    const commands = read('.ci/run')
      .split('\n')
      .filter((line) => line && !line.startsWith('#') && !/^(set|cd|export) /.test(line));
    expect(commands).toEqual(['.ci/system-packages', '.ci/install', 'npm test']);
  });
});
