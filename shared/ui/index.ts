// Preact components shared by the add-on sidebar and the extension side panel.
export {};
