import type { Course } from '../../../src/components/course-catalog/course.schema.js';

export interface GenerateOptions {
  seed?: number;
  /** First possible session start (ms); default a week from now, so every course is ahead. */
  from?: number;
}

/** `count` synthetic but realistic courses, each valid against `courseSchema` (same seed, same feed). */
export function generateCourses(count: number, options?: GenerateOptions): Course[];
