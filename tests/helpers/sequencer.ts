import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Vitest's order (failed first, then longest first by the last run's
 * times), with the files of the `build` and `e2e` projects taken in turn
 * instead of project by project, and the unit tests last. Site builds take
 * turns (see `runBuild`): a build file and a browser file share the cores
 * better than two build files waiting for each other, and the short unit
 * files fill the gaps at the end.
 */
export default class InTurnSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const of = (name: string) => sorted.filter((spec) => spec.project.name === name);
    const builds = of('build');
    const browsers = of('e2e');
    const inTurn: TestSpecification[] = [];
    while (builds.length > 0 || browsers.length > 0) {
      if (builds.length > 0) inTurn.push(builds.shift()!);
      if (browsers.length > 0) inTurn.push(browsers.shift()!);
    }
    return [...inTurn, ...sorted.filter((spec) => !inTurn.includes(spec))];
  }
}
