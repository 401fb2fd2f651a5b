import { render } from 'preact';
import '../../shared/ui/styles.css';
import { App } from './app.tsx';

// The add-on sidebar, built into one inlined Sidebar.html by vite.sidebar.config.ts.
render(<App />, document.getElementById('app') as HTMLElement);
