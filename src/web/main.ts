/** Entry point: the speaker colour classes, then the app. */
import { h, render } from 'preact';
import { App } from './app.js';
import { speakerStyleSheet } from './model/palette.js';
import './styles.css';

const style = document.createElement('style');
style.textContent = speakerStyleSheet();
document.head.append(style);

const root = document.getElementById('app');
if (root !== null) render(h(App, null), root);
