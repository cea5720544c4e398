// The build's report lines about its image files: written by `npm run build` and by the Astro
// integration of a plain `astro build` (the bench reads the time of the first).
import { plural, pluralForm } from '../../i18n/fr';
import { UNUSED_DAYS, type RenderReport } from './png-fs';

/** The build's line about the cached PNGs it removed, if any. */
export function pruneReport(pruned: { files: number; bytes: number }): string | undefined {
  if (pruned.files === 0) return undefined;
  return `Cache des images : ${plural(pruned.files, 'PNG inutilisé', 'PNG inutilisés')} depuis ${UNUSED_DAYS} jours ${pluralForm(pruned.files, 'supprimé', 'supprimés')} (${(pruned.bytes / 1024 / 1024).toFixed(1)} Mo).`;
}

/** The build's one line about its images (the bench reads its time). */
export function imagesReport(report: RenderReport, written: { pngs: number; svgs: number }): string {
  return `Images PNG : ${plural(written.pngs, 'fichier')} (et ${plural(written.svgs, 'badge')} SVG), ${plural(report.rendered, 'rendu', 'rendus')} (${plural(report.workers, 'fil', 'fils')} de calcul), ${report.cached} déjà en cache, en ${(report.milliseconds / 1000).toFixed(1)} s.`;
}
