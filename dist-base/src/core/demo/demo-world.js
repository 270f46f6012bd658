import { StoreTimeline } from './store-timeline.js';
/** The simulation's shared state: randomness, the simulated period, the timeline and the agenda. */
export class DemoWorld {
    random;
    start;
    end;
    timeline;
    agenda = new Map();
    constructor(random, start, end) {
        this.random = random;
        this.start = start;
        this.end = end;
        this.timeline = new StoreTimeline(start);
    }
    /** Puts a task on the agenda; tasks falling after the simulated period are dropped. */
    schedule(task) {
        if (task.at >= this.end)
            return;
        const hour = this.timeline.hourOf(task.at);
        const tasks = this.agenda.get(hour);
        if (tasks)
            tasks.push(task);
        else
            this.agenda.set(hour, [task]);
    }
    /** Runs the tasks due in one hour, including any that running them adds to the same hour. */
    runTasks(hour, run) {
        const tasks = this.agenda.get(hour);
        if (!tasks)
            return;
        for (let i = 0; i < tasks.length; i++)
            run(tasks[i]);
        this.agenda.delete(hour);
    }
}
//# sourceMappingURL=demo-world.js.map