import type { FamilyHomeworkTip } from '../../../src/components/homework-tip/family-homework-tip.js';
import type { Tip } from '../../../src/components/homework-tip/tip.schema.js';

/** A tip in English and Spanish with every section, one Spanish gap (a fallback). */
export const bilingualTip: Tip = {
  id: 'fractions-pizza',
  subject: { en: 'Math', es: 'Matemáticas' },
  grade: 4,
  title: { en: 'Fractions at dinner', es: 'Fracciones en la cena' },
  about: { en: 'Your child is learning what halves and quarters mean.', es: 'Su hijo aprende qué son mitades y cuartos.' },
  minutes: 1,
  steps: [
    { en: 'Cut a tortilla into two equal parts.', es: 'Corten una tortilla en dos partes iguales.' },
    { en: 'Cut each half again and count the pieces.', es: 'Corten cada mitad otra vez y cuenten los pedazos.' },
    { en: 'Ask which is bigger: one half or one quarter.' },
  ],
  prompts: [{ en: 'Where else do we share things equally?', es: '¿Dónde más repartimos cosas por igual?' }],
  materials: [{ en: 'A tortilla or a sheet of paper', es: 'Una tortilla o una hoja de papel' }],
  glossary: [
    { term: { en: 'Quarter', es: 'Cuarto' }, meaning: { en: 'One of four equal parts.', es: 'Una de cuatro partes iguales.' } },
  ],
  links: [{ label: { en: 'Fraction games', es: 'Juegos de fracciones' }, href: 'https://games.example/fractions' }],
};

export function shadow(el: FamilyHomeworkTip): ShadowRoot {
  return el.shadowRoot!;
}

/** Visible text of a node, whitespace collapsed. */
export function textOf(node: Element | ShadowRoot | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function heading(el: FamilyHomeworkTip, text: string): HTMLHeadingElement | undefined {
  return [...shadow(el).querySelectorAll('h3')].find((h) => textOf(h) === text);
}

/** Whether an element takes up space (not inside a hidden section, not display:none). */
export function isShown(node: Element | null | undefined): boolean {
  return !!node && (node as HTMLElement).getClientRects().length > 0;
}

/** Records every fetch the page makes (passing it through), to prove an element made none. */
export function recordFetches(): { urls: string[]; restore(): void } {
  const original = window.fetch;
  const urls: string[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    urls.push(input instanceof Request ? input.url : String(input));
    return original(input, init);
  };
  return { urls, restore: () => (window.fetch = original) };
}
