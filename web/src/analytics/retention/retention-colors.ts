// The heat scale of the retention table: white to the accent colour by the retained share.

const LOW = [245, 245, 255];
const HIGH = [74, 74, 196];

/** Background and text colour of a cell retaining `share` (0–1). */
export function heatColors(share: number): { background: string; color: string } {
  // A square root spreads the small shares of later periods over more of the scale.
  const eased = Math.sqrt(Math.min(1, Math.max(0, share)));
  const channel = (i: number) => Math.round((LOW[i] ?? 0) + ((HIGH[i] ?? 0) - (LOW[i] ?? 0)) * eased);
  return {
    background: `rgb(${channel(0)} ${channel(1)} ${channel(2)})`,
    color: eased > 0.55 ? '#ffffff' : '#1f2354',
  };
}
