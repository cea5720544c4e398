// npm run build knows a build for publishing: without the site settings it stops before building,
// naming each missing variable, and leaves no folder behind; a local build with an unusable
// setting stops too. (What a build bakes in, which it prints, is settingsSummary's test.)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const outDir = path.join(mkdtempSync(path.join(tmpdir(), 'tnl-publication-')), 'dist');
afterAll(() => rmSync(path.dirname(outDir), { recursive: true, force: true }));

/** npm run build with only the given settings in the environment (none of the machine's). */
function build(env: Record<string, string>) {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !/^(CI|PUBLICATION|SITE_URL|PUBLISHER_|HOST_DETAILS|REPOSITORY_URL|GITHUB_|CI_PROJECT_URL)/.test(name),
    ),
  );
  const result = spawnSync('npm', ['run', '--silent', 'build', '--', '--outDir', outDir], {
    cwd: root,
    encoding: 'utf8',
    env: { ...clean, ...env },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('npm run build for publishing', () => {
  it('refuses to start without the site settings, naming each variable, and writes nothing', () => {
    const { status, output } = build({ CI: 'true', SITE_URL: 'https://atlas.exemple.fr' });
    expect(status).toBe(1);
    expect(output).toContain('Construction pour publication (PUBLICATION=1, ou CI=true) impossible : il manque des réglages du site.');
    expect(output).toContain('  - PUBLISHER_NAME : le nom de la personne ou de l’organisation qui publie le site (mentions légales).');
    expect(output).toContain('  - PUBLISHER_CONTACT : une adresse électronique ou la page de contact de l’éditeur.');
    expect(output).toContain('  - REPOSITORY_URL : l’adresse du dépôt du projet');
    expect(output).not.toContain('SITE_URL :');
    expect(output).toContain('ou, pour une construction d’essai qui ne sera pas publiée, PUBLICATION=0.');
    expect(existsSync(outDir)).toBe(false);
  }, 60_000);

  it('counts PUBLICATION=1 as a publication outside CI, and refuses an unusable contact in any build', () => {
    expect(build({ PUBLICATION: '1' }).output).toContain('  - SITE_URL : l’adresse publique du site (ex. https://atlas.exemple.fr).');
    const local = build({ PUBLISHER_CONTACT: 'Jeanne Martin' });
    expect(local.status).toBe(1);
    expect(local.output).toContain(
      'Réglages du site invalides :\n  - PUBLISHER_CONTACT « Jeanne Martin » : attendu une adresse électronique',
    );
    expect(existsSync(outDir)).toBe(false);
  }, 60_000);
});
