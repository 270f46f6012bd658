import type { Instant } from '../shared/index.js';
import type { DemoOrder } from './demo-order.js';
import type { DemoPerson } from './demo-person.js';
import type { SeededRandom } from './seeded-random.js';
import { StoreTimeline } from './store-timeline.js';

/** Something one person does at a given time. */
export interface PersonTask {
  readonly at: Instant;
  readonly person: DemoPerson;
}

/** Something a person does after an order: return goods, review a product, answer a survey. */
export interface OrderTask extends PersonTask {
  readonly order: DemoOrder;
}

/** Something a person will do later, on the agenda. */
export type DemoTask =
  | ({ readonly kind: 'visit' } & PersonTask)
  | ({ readonly kind: 'store-purchase' } & PersonTask)
  | ({ readonly kind: 'refund' } & OrderTask)
  | ({ readonly kind: 'review' } & OrderTask)
  | ({ readonly kind: 'survey' } & OrderTask);

/** The simulation's shared state: randomness, the simulated period, the timeline and the agenda. */
export class DemoWorld {
  readonly timeline: StoreTimeline;
  private readonly agenda = new Map<number, DemoTask[]>();

  constructor(
    readonly random: SeededRandom,
    readonly start: Instant,
    readonly end: Instant,
  ) {
    this.timeline = new StoreTimeline(start);
  }

  /** Puts a task on the agenda; tasks falling after the simulated period are dropped. */
  schedule(task: DemoTask): void {
    if (task.at >= this.end) return;
    const hour = this.timeline.hourOf(task.at);
    const tasks = this.agenda.get(hour);
    if (tasks) tasks.push(task);
    else this.agenda.set(hour, [task]);
  }

  /** Runs the tasks due in one hour, including any that running them adds to the same hour. */
  runTasks(hour: number, run: (task: DemoTask) => void): void {
    const tasks = this.agenda.get(hour);
    if (!tasks) return;
    for (let i = 0; i < tasks.length; i++) run(tasks[i]!);
    this.agenda.delete(hour);
  }
}
