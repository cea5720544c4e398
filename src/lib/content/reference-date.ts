// "Today" for the rules that depend on the date (an edition in the future): the reproducible-builds
// convention SOURCE_DATE_EPOCH when it is set, so that a build can be replayed, else the clock.
// Dates are those of Paris, where the label is awarded.

const PARIS_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today as AAAA-MM-JJ (Paris): from SOURCE_DATE_EPOCH (seconds since 1970) when set, else from `now`. */
export function referenceDate(env: Record<string, string | undefined> = process.env, now: () => Date = () => new Date()): string {
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  if (epoch === undefined || epoch === '') return parisDay(now());
  if (!/^\d+$/.test(epoch))
    throw new Error(
      `SOURCE_DATE_EPOCH « ${epoch} » invalide : attendu un nombre entier de secondes depuis le 1er janvier 1970 (ex. 1767225600), ou retirez la variable`,
    );
  return parisDay(new Date(Number(epoch) * 1000));
}

function parisDay(date: Date): string {
  const parts = Object.fromEntries(PARIS_DAY.formatToParts(date).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}
