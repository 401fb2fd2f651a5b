import { render } from 'preact';

render(<main>Khung</main>, document.getElementById('app') as HTMLElement);
