// Tabs of one browser share one session cookie, so activity in one tab keeps the session alive
// for all of them. Tabs tell each other through a localStorage key (the "storage" event).

const KEY = 'eenloket.sessie-activiteit';

export function broadcastActivity(sentAt: number): void {
  try {
    localStorage.setItem(KEY, String(sentAt));
  } catch {
    // Storage blocked: each tab then follows only its own activity (it warns a bit early at worst).
  }
}

export function onActivityElsewhere(listener: (sentAt: number) => void): () => void {
  const handler = (event: StorageEvent) => {
    if (event.key !== KEY || !event.newValue) return;
    const sentAt = Number(event.newValue);
    if (Number.isFinite(sentAt)) listener(sentAt);
  };
  window.addEventListener('storage', handler);
  return () => window.removeEventListener('storage', handler);
}
