/**
 * Where a coach's pages for an athlete live. A plain module (not a client one) so server pages
 * and components can build the links too.
 */
export function athleteBasePath(athleteId: string): string {
  return `/athletes/${encodeURIComponent(athleteId)}`;
}
