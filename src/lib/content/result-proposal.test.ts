import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PROPOSAL_FIELDS, PROPOSAL_TEMPLATE, proposalDescription, proposalUrl, repositoryFromEnv } from './result-proposal';

const root = path.resolve(import.meta.dirname, '../../..');

describe('repositoryFromEnv', () => {
  it('takes REPOSITORY_URL first and tells GitLab from GitHub by its host', () => {
    expect(repositoryFromEnv({ REPOSITORY_URL: 'https://gitlab.adullact.net/atlas/tnl.git/' })).toEqual({
      url: 'https://gitlab.adullact.net/atlas/tnl',
      forge: 'gitlab',
    });
    expect(repositoryFromEnv({ REPOSITORY_URL: 'https://github.com/exemple/atlas', CI_PROJECT_URL: 'https://gitlab.com/x/y' })).toEqual({
      url: 'https://github.com/exemple/atlas',
      forge: 'github',
    });
  });

  it('falls back on what GitHub Actions and GitLab CI say, and on nothing', () => {
    expect(repositoryFromEnv({ GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'exemple/atlas' })).toEqual({
      url: 'https://github.com/exemple/atlas',
      forge: 'github',
    });
    expect(repositoryFromEnv({ CI_PROJECT_URL: 'https://gitlab.com/exemple/atlas' })).toEqual({
      url: 'https://gitlab.com/exemple/atlas',
      forge: 'gitlab',
    });
    expect(repositoryFromEnv({})).toBeUndefined();
    expect(repositoryFromEnv({ REPOSITORY_URL: 'pas une adresse' })).toBeUndefined();
  });
});

describe('proposalUrl', () => {
  it('opens the GitHub issue form with the fields it knows', () => {
    const url = new URL(
      proposalUrl(
        { url: 'https://github.com/exemple/atlas', forge: 'github' },
        { edition: '2024', collectivite: 'Boé', departement: '47' },
      ),
    );
    expect(url.origin + url.pathname).toBe('https://github.com/exemple/atlas/issues/new');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      template: 'proposer-un-resultat.yml',
      title: 'Résultat 2024 : Boé',
      edition: '2024',
      collectivite: 'Boé',
      departement: '47',
    });
  });

  it('opens a GitLab issue with the template’s headings, already filled in', () => {
    const url = new URL(proposalUrl({ url: 'https://gitlab.com/exemple/atlas', forge: 'gitlab' }, { edition: '2025' }));
    expect(url.origin + url.pathname).toBe('https://gitlab.com/exemple/atlas/-/issues/new');
    expect(url.searchParams.get('issue[title]')).toBe('Résultat 2025');
    expect(url.searchParams.get('issue[description]')).toMatch(/^### Édition \(année\)\n\n2025\n\n### Collectivité\n\n\n/);
  });
});

describe('the issue forms', () => {
  it('GitHub’s form has the same fields, in the same order, with source, edition and collectivité required', () => {
    const form = parse(readFileSync(path.join(root, '.github/ISSUE_TEMPLATE', PROPOSAL_TEMPLATE.github), 'utf8')) as {
      body: Array<{ id?: string; attributes: { label?: string }; validations?: { required?: boolean } }>;
    };
    const fields = form.body.filter((item) => item.id);
    expect(fields.map((f) => [f.id, f.attributes.label])).toEqual(PROPOSAL_FIELDS.map((f) => [f.id, f.label]));
    expect(fields.filter((f) => f.validations?.required).map((f) => f.id)).toEqual(['edition', 'collectivite', 'source']);
  });

  it('GitLab’s template has the same headings as the prefilled description', () => {
    const template = readFileSync(path.join(root, '.gitlab/issue_templates', PROPOSAL_TEMPLATE.gitlab), 'utf8');
    const headings = (text: string) => [...text.matchAll(/^### (.+)$/gm)].map((m) => m[1]);
    expect(headings(template)).toEqual(headings(proposalDescription({})));
    expect(headings(template)).toEqual(PROPOSAL_FIELDS.map((f) => f.label));
  });
});
