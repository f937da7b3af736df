import { afterAll } from 'vitest';
import { removeTempDirs } from './fixture.js';

afterAll(removeTempDirs);
