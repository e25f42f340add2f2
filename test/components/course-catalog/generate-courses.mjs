// A small seeded PRNG (mulberry32): the same seed gives the same feed in every run and browser.
/** @param {number} seed @returns {() => number} */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STRANDS = [
  { en: 'Parents as Teachers', es: 'Padres como maestros' },
  { en: 'Parents as Advocates', es: 'Padres como defensores' },
  { en: 'Parents as Leaders', es: 'Padres como líderes' },
  { en: 'Parents as Learners', es: 'Padres como estudiantes' },
];
const TOPICS = [
  { en: 'Helping with math homework', es: 'Cómo ayudar con la tarea de matemáticas' },
  { en: 'Reading together at home', es: 'Leer juntos en casa' },
  { en: 'Understanding report cards', es: 'Entender las boletas de calificaciones' },
  { en: 'Planning for college', es: 'Planear para la universidad' },
  { en: 'English for parents', es: 'Inglés para padres' },
  { en: 'Healthy cooking on a budget', es: 'Cocina saludable y económica' },
  { en: 'Computer basics', es: 'Computación básica' },
  { en: 'Speaking up at IEP meetings', es: 'Participar en las reuniones del IEP' },
];
const PLACES = ['Lincoln Elementary', 'Roosevelt Middle School', 'Eastside Library', 'César Chávez Community Center', 'Family Resource Center'];
const LANGS = [['en'], ['en', 'es'], ['es'], ['en', 'vi'], ['ar'], ['so', 'en']];
const FORMATS = /** @type {const} */ (['in-person', 'online', 'hybrid']);

/**
 * `count` synthetic but realistic courses for the tests and the benchmark
 * (5,000 for the responsiveness budget). Every one is valid against
 * `courseSchema`. Plain JavaScript so Node scripts (`npm run bench`) can import
 * it too; types in generate-courses.d.mts.
 * @param {number} count
 * @param {{ seed?: number, from?: number }} [options] `from`: first possible session start (ms); default a week from now
 */
export function generateCourses(count, { seed = 1, from = Date.now() + 7 * 86_400_000 } = {}) {
  const rnd = random(seed);
  /** @template T @param {readonly T[]} list @returns {T} */
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const courses = [];
  for (let i = 0; i < count; i++) {
    const topic = pick(TOPICS);
    const format = pick(FORMATS);
    const first = from + Math.floor(rnd() * 300) * 86_400_000 + Math.floor(rnd() * 10) * 3_600_000;
    const sessions = Array.from({ length: 1 + Math.floor(rnd() * 6) }, (_, s) => {
      const start = first + s * 7 * 86_400_000;
      return { start: new Date(start).toISOString(), end: new Date(start + 90 * 60_000).toISOString() };
    });
    const capacity = 10 + Math.floor(rnd() * 30);
    courses.push({
      id: `course-${i + 1}`,
      title: { en: `${topic.en} ${i + 1}`, es: `${topic.es} ${i + 1}` },
      description: {
        en: `Session ${i + 1}: practical ideas you can use with your children this week.`,
        es: `Sesión ${i + 1}: ideas prácticas para usar con sus hijos esta semana.`,
      },
      category: pick(STRANDS),
      languages: pick(LANGS),
      format,
      location: format === 'online' ? undefined : pick(PLACES),
      sessions,
      childcare: rnd() < 0.5,
      cost: rnd() < 0.8 ? 0 : 5,
      capacity,
      remaining: Math.floor(rnd() * (capacity + 1)),
    });
  }
  return courses;
}
