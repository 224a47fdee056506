/**
 * The background's only job: relay the "toggle-panel" keyboard command (Alt+Shift+R) to the
 * content script of the active tab. It never sees post text.
 */
export default defineBackground(() => {
  browser.commands.onCommand.addListener(async (command) => {
    if (command !== 'toggle-panel') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    // The tab may have no content script (another site): nothing to toggle then.
    await browser.tabs.sendMessage(tab.id, { type: 'rapport:toggle-panel' }).catch(() => undefined);
  });
});
