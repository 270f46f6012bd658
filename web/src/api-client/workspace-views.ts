/** What the "send your first event" panel needs. */
export interface SetupInfo {
  writeKey: string;
  publicUrl: string;
}

/** Totals shown above the live stream. */
export interface WorkspaceStats {
  events: number;
  profiles: number;
}
