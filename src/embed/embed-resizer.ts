/**
 * dist/embed-resizer.js, for the parent page of an embed.html iframe: applies
 * the height the iframe reports, after checking the message comes from that
 * very iframe and from the origin its `src` names.
 */
window.addEventListener('message', (event: MessageEvent) => {
  const data = event.data as { type?: unknown; height?: unknown } | null;
  if (!data || data.type !== 'family-elements:resize' || typeof data.height !== 'number') return;
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow !== event.source) continue;
    if (new URL(frame.src, location.href).origin !== event.origin) return;
    frame.style.height = `${Math.min(Math.max(Math.ceil(data.height), 100), 20000)}px`;
  }
});
