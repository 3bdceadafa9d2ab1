import { render } from 'preact';
import * as api from './api.ts';
import { App } from './app.tsx';

const root = document.getElementById('app');
if (root) render(<App api={api} />, root);
