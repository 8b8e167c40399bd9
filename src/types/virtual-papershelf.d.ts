/** Served by the papershelf integration (src/integrations/papershelf.ts): the validated settings and this build's render plan. */
declare module 'virtual:papershelf/config' {
  export const settings: import('../lib/settings/settings-schema.ts').Settings;
  export const plan: import('../lib/build/build-plan.ts').RenderPlan;
}
