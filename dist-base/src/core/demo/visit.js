import { toIso } from '../shared/index.js';
import { DEMO_SHOP } from './demo-catalog.js';
const LIBRARIES = {
    web: { name: 'analytics.js', version: '2.11.1' },
    server: { name: 'analytics-node', version: '2.1.0' },
    pos: { name: 'northwind-pos', version: '4.2.0' },
};
const USER_AGENTS = {
    mobile: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
    desktop: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
    tablet: 'Mozilla/5.0 (iPad; CPU OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
};
/**
 * One sitting of one person — a web visit, a back-office action or a till receipt. It keeps the
 * person's clock: every call is at least 1 s after the person's previous one, and nothing is
 * emitted once the simulated period is over.
 */
export class Visit {
    world;
    person;
    source;
    at;
    context;
    utmSource;
    constructor(world, person, startAt, source, campaign = null) {
        this.world = world;
        this.person = person;
        this.source = source;
        this.at = Math.max(startAt, person.state.lastAt + 1000);
        this.utmSource = source === 'web' ? (campaign?.source ?? '(direct)') : null;
        this.context = contextFor(person, source, campaign);
    }
    get isOver() {
        return this.at >= this.world.end;
    }
    /** Lets `minSeconds` plus a log-normal think time pass; false once the simulated period is over. */
    wait(minSeconds, medianSeconds) {
        this.at += 1000 * minSeconds + Math.round(1000 * this.world.random.logNormal(medianSeconds, 0.8));
        return !this.isOver;
    }
    track(event, properties) {
        this.emit({ type: 'track', event, properties: this.withUtm(properties) });
    }
    page(name, path, properties = {}) {
        const page = {
            path,
            url: `${DEMO_SHOP.origin}${path}`,
            title: `${name} | ${DEMO_SHOP.name}`,
            ...properties,
        };
        this.emit({ type: 'page', name, properties: this.withUtm(page) });
    }
    /** Tells the shop who this is: signing in, entering an email at checkout, a loyalty card at the till. */
    identify() {
        const { state } = this.person;
        this.emit({ type: 'identify', traits: { ...this.person.traits } });
        state.hasIdentified = true;
        if (this.source === 'web')
            state.isDeviceIdentified = true;
    }
    withUtm(properties) {
        return this.utmSource === null ? properties : { ...properties, utm_source: this.utmSource };
    }
    emit(fields) {
        const { state } = this.person;
        this.at = Math.max(this.at, state.lastAt + 1000);
        if (this.isOver)
            return;
        state.lastAt = this.at;
        const isWeb = this.source === 'web';
        const call = {
            ...fields,
            ...(!isWeb || state.isDeviceIdentified || fields.type === 'identify'
                ? { userId: this.person.userId }
                : {}),
            ...(isWeb ? { anonymousId: state.anonymousIds[state.anonymousIds.length - 1] } : {}),
            messageId: this.world.random.uuid(),
            timestamp: toIso(this.at),
            context: this.context,
        };
        this.world.timeline.add(this.at, call);
    }
}
function contextFor(person, source, campaign) {
    if (source !== 'web')
        return { library: LIBRARIES[source] };
    return {
        library: LIBRARIES.web,
        userAgent: USER_AGENTS[person.state.device],
        locale: person.locale,
        ...(campaign?.medium
            ? {
                campaign: {
                    source: campaign.source,
                    medium: campaign.medium,
                    ...(campaign.name ? { name: campaign.name } : {}),
                },
            }
            : {}),
    };
}
//# sourceMappingURL=visit.js.map