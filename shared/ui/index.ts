// Preact components shared by the add-on sidebar and the extension side panel: props and callbacks
// only, no chrome.* and no google.* — each host wires them to its own calls.
export { CheckResults } from './check-results.tsx';
export { Checklist } from './checklist.tsx';
export { FillForm } from './fill-form.tsx';
export { FindingCounts, FindingsList } from './findings-list.tsx';
export { AUTO, type OutlineChoice, OutlinePicker } from './outline-picker.tsx';
export { ParamsForm } from './params-form.tsx';
export { SnippetBrowser } from './snippet-browser.tsx';
export { GROUP_LABELS, GROUP_ORDER } from './snippet-groups.ts';
export { SnippetInserter } from './snippet-inserter.tsx';
export { Spinner } from './spinner.tsx';
export { type Status, StatusBar } from './status-bar.tsx';
export { type TabDef, Tabs } from './tabs.tsx';
