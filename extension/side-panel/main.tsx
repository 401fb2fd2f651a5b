import { render } from 'preact';
import '../../shared/ui/styles.css';
import { App } from './app.tsx';

// The extension's side panel; opened as a tab with ?target=<url> in tests.
render(<App />, document.getElementById('app') as HTMLElement);
