// Rules on the CI configuration (.github/workflows/*.yml, .gitlab-ci.yml) that no tool checks:
// actions pinned to a commit with their release in a comment, no credentials left in the checkout,
// permissions granted per job only, installs that fail when the lockfile changes, and deploy jobs
// that check the very build they publish, then the published site.
import { parse } from 'yaml';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Job {
  permissions?: unknown;
  steps?: Step[];
}

/** Problems of one GitHub Actions workflow, in French, naming the workflow and the job. */
export function workflowProblems(name: string, text: string): string[] {
  const workflow = parse(text) as { permissions?: unknown; jobs?: Record<string, Job> };
  const problems: string[] = [];
  if (JSON.stringify(workflow.permissions) !== '{}')
    problems.push(`${name} : « permissions: {} » attendu en tête du fichier (chaque job dit ce dont il a besoin).`);
  for (const line of text.split('\n')) {
    const uses = /^\s*(?:-\s+)?uses:\s*(\S+)(.*)$/.exec(line);
    if (!uses) continue;
    if (!/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/.test(uses[1] as string))
      problems.push(`${name} : « ${uses[1]} » n’est pas épinglé à un commit (owner/action@<sha de 40 caractères> # vX.Y.Z).`);
    else if (!/^\s+# v\d+\.\d+\.\d+\s*$/.test(uses[2] as string))
      problems.push(`${name} : « ${uses[1]} » sans sa version en commentaire (# vX.Y.Z).`);
  }
  for (const [jobName, job] of Object.entries(workflow.jobs ?? {})) {
    const where = `${name}, job ${jobName}`;
    if (job.permissions === undefined) problems.push(`${where} : pas de « permissions » (donnez le minimum : contents: read).`);
    for (const step of job.steps ?? []) {
      if (step.uses?.startsWith('actions/checkout@') && step.with?.['persist-credentials'] !== false)
        problems.push(`${where} : actions/checkout sans « persist-credentials: false » (le jeton resterait dans .git/config).`);
      if (/\bnpm (install|ci)\b/.test(step.run ?? ''))
        problems.push(`${where} : « ${step.run} » ; utilisez .ci/install, qui échoue si l’installation modifie package-lock.json.`);
    }
  }
  return problems;
}

/** The index of the first step (or script line) matching, or -1. */
const indexOf = (lines: string[], pattern: RegExp) => lines.findIndex((line) => pattern.test(line));

/**
 * Problems of a deploy job, given its steps or script lines in order: the build for the public
 * address, then check:site on it, then the upload, then check:deployment (after the deployment,
 * possibly in a later job: `after` gives those lines).
 */
export function deployOrderProblems(where: string, lines: string[], upload: RegExp, after: string[] = lines): string[] {
  const build = indexOf(lines, /npm run build\b/);
  const check = indexOf(lines, /npm run check:site -- dist --site "\$SITE_URL" --base "\$BASE_PATH"/);
  const publish = indexOf(lines, upload);
  const problems: string[] = [];
  if (build < 0 || publish < 0) problems.push(`${where} : construction ou publication introuvable.`);
  else if (check < 0 || check < build || check > publish)
    problems.push(
      `${where} : « npm run check:site -- dist --site "$SITE_URL" --base "$BASE_PATH" » doit venir entre la construction et la publication.`,
    );
  if (indexOf(after, /npm run check:deployment -- /) < 0)
    problems.push(`${where} : le site publié n’est pas vérifié (npm run check:deployment).`);
  return problems;
}
