// Maps a distinction's place in its edition's scale to one of five colour tones, so that a
// scale of any length (1–5, Badge/Bronze/Argent/Or…) gets a consistent palette.

/** Number of colour tones defined in the style sheet (tone-1 … tone-5). */
export const TONE_COUNT = 5;

/**
 * Tone 1 (lowest) to 5 (highest) for a rank in a scale of `scaleLength` steps; 0 when the
 * distinction is unknown. The highest step always gets tone 5.
 */
export function distinctionTone(rank: number | null, scaleLength: number): number {
  if (rank === null || scaleLength <= 0) return 0;
  if (scaleLength === 1) return TONE_COUNT;
  return 1 + Math.round((rank / (scaleLength - 1)) * (TONE_COUNT - 1));
}
