export { RECIPES, RECIPE_NAMES, isRecipeName, type RecipeName } from './recipes.js';
export { FAKE_MARKER, renderTemplate, type PlantedSecret, type RenderResult } from './render.js';
export { EXAMPLE_NAMES, exampleTemplateDir, type ExampleName } from './template-dir.js';
export { materializeExample, type MaterializeOptions, type MaterializedExample } from './materialize.js';
export { DECOYS, locateDecoys, type Decoy, type LocatedDecoy } from './decoys.js';
