// The generator is plain JavaScript (generate-courses.mjs) so `npm run bench` can import it from Node.
export { generateCourses, type GenerateOptions } from './generate-courses.mjs';
