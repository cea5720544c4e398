// « Proposer un résultat »: links that open the project's issue form (GitHub) or issue template
// (GitLab) prefilled with an edition and a collectivité, so that a reader who knows a missing result
// can send it with its source. The fields are listed once, here: the forms in .github/ISSUE_TEMPLATE/
// and .gitlab/issue_templates/ follow them (a test says so).

/** Where the project's issues live. */
export interface Repository {
  url: string;
  forge: 'github' | 'gitlab';
}

/** The fields of a proposal, in form order: id (GitHub form field id) and French label. */
export const PROPOSAL_FIELDS = [
  { id: 'edition', label: 'Édition (année)' },
  { id: 'collectivite', label: 'Collectivité' },
  { id: 'departement', label: 'Département' },
  { id: 'distinction', label: 'Distinction obtenue' },
  { id: 'mentions', label: 'Mentions spéciales' },
  { id: 'source', label: 'Adresse de la source publique' },
  { id: 'remarques', label: 'Remarques' },
] as const;

export type ProposalFieldId = (typeof PROPOSAL_FIELDS)[number]['id'];

/** The file names of the GitHub issue form (.github/ISSUE_TEMPLATE/) and of the GitLab template (.gitlab/issue_templates/). */
export const PROPOSAL_TEMPLATE = { github: 'proposer-un-resultat.yml', gitlab: 'Proposer-un-resultat.md' } as const;

/**
 * The repository from the environment: REPOSITORY_URL when set (its host tells GitLab from GitHub),
 * else what GitHub Actions (GITHUB_SERVER_URL + GITHUB_REPOSITORY) or GitLab CI (CI_PROJECT_URL) say.
 */
export function repositoryFromEnv(env: Record<string, string | undefined>): Repository | undefined {
  const explicit = env.REPOSITORY_URL?.trim();
  if (explicit) {
    const url = explicit.replace(/\/+$/, '').replace(/\.git$/, '');
    if (!/^https:\/\/[^/]+\/.+/.test(url)) return undefined;
    return { url, forge: new URL(url).hostname.includes('gitlab') ? 'gitlab' : 'github' };
  }
  if (env.CI_PROJECT_URL) return { url: env.CI_PROJECT_URL.replace(/\/+$/, ''), forge: 'gitlab' };
  if (env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY) return { url: `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}`, forge: 'github' };
  return undefined;
}

export type Proposal = Partial<Record<ProposalFieldId, string>>;

/** The title of a proposal issue: « Résultat 2024 : Boé ». */
export function proposalTitle(proposal: Proposal): string {
  const what = [proposal.edition, proposal.collectivite].filter(Boolean).join(' : ');
  return `Résultat ${what || 'à ajouter'}`.trim();
}

/** The new-issue address, prefilled with what the page knows. */
export function proposalUrl(repository: Repository, proposal: Proposal): string {
  const params = new URLSearchParams();
  if (repository.forge === 'github') {
    params.set('template', PROPOSAL_TEMPLATE.github);
    params.set('title', proposalTitle(proposal));
    for (const { id } of PROPOSAL_FIELDS) if (proposal[id]) params.set(id, proposal[id]);
    return `${repository.url}/issues/new?${params}`;
  }
  params.set('issue[title]', proposalTitle(proposal));
  params.set('issue[description]', proposalDescription(proposal));
  return `${repository.url}/-/issues/new?${params}`;
}

/** The body of a GitLab proposal: the template's headings with what is already known filled in. */
export function proposalDescription(proposal: Proposal): string {
  return `${PROPOSAL_FIELDS.map(({ id, label }) => `### ${label}\n\n${proposal[id] ?? ''}\n`).join('\n')}`;
}
