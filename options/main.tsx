import { render } from 'preact';
import * as api from './api.ts';
import { OptionsApp } from './app.tsx';

const root = document.getElementById('app');
if (root) render(<OptionsApp api={api} />, root);
