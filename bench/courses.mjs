// The benchmark's course feed: the same seeded generator the catalog's tests
// use (valid against courseSchema), so the benchmark measures what the tests check.
export { generateCourses } from '../test/components/course-catalog/generate-courses.mjs';
