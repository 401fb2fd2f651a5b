import { documentApp, htmlService } from './gas-api.ts';
import { type StartView, setStartView } from './settings.ts';

/**
 * The add-on menu. onOpen runs in AuthMode.NONE/LIMITED for an add-on that is installed but not yet
 * used in this document: it may only build the menu (developers.google.com/apps-script/add-ons/lifecycle).
 */
export function buildMenu(): void {
  documentApp()
    .getUi()
    .createAddonMenu()
    .addItem('Mở Khung', 'showSidebar')
    .addItem('Chèn đề cương…', 'showSidebarInsert')
    .addItem('Kiểm tra văn bản', 'showSidebarCheck')
    .addSeparator()
    .addItem('Kiểm tra cài đặt', 'showSidebarSelfTest')
    .addToUi();
}

/** Opens the sidebar (the built Sidebar.html), optionally on a given part. */
export function openSidebar(view: StartView | null): void {
  setStartView(view);
  const html = htmlService().createHtmlOutputFromFile('Sidebar').setTitle('Khung');
  documentApp().getUi().showSidebar(html);
}
