import { Router } from 'express';
import datasets from './datasets.js';
import { projectsRouter } from './projects';

export const v1 = Router();
v1.use('/datasets', datasets);
v1.use('/projects', projectsRouter);
