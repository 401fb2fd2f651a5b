// Content script entry: the insert engine and reader answer the messages of extension/shared/messages.ts.
document.documentElement.dataset.khungExt = 'loaded';
