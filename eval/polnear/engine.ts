/** The engine under evaluation, through its public API only (`extract` from src/index.ts). */
import { extract } from '../../src/index.js';
import { predictionsFromView, type QuoteSystem } from './predictions.js';

export const engineSystem: QuoteSystem = {
  name: 'engine',
  // Text only: PolNeAR texts start with their headline, so the title is not passed separately.
  predict: (article) => predictionsFromView(extract({ id: article.id, text: article.text })),
};
