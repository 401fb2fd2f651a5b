// Service worker: opens the side panel from the toolbar action. (Filled in by the extension work.)
chrome.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => {});
