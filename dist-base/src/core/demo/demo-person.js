import { DEMO_CATEGORIES } from './demo-catalog.js';
import { SeededRandom, weightedTable } from './seeded-random.js';
const words = (text) => text.trim().split(/\s+/);
const FIRST_NAMES = words(`Emma Liam Olivia Noah Ava Lucas Mia Elias Sofia Leon Amelia Mateo
  Hannah Oscar Chloe Jonas Grace Felix Isla Theo Maya Samuel Nora Daniel`);
const LAST_NAMES = words(`Smith Johnson Garcia Miller Brown Schmidt Martin Dubois Rossi Jansen
  Novak Kowalski Walker Lee Nguyen Patel Okafor Larsen Murphy Fischer`);
const CITIES = weightedTable([
    [['New York', 'US', 'en-US'], 14],
    [['Chicago', 'US', 'en-US'], 8],
    [['Seattle', 'US', 'en-US'], 6],
    [['Austin', 'US', 'en-US'], 5],
    [['Los Angeles', 'US', 'en-US'], 9],
    [['Denver', 'US', 'en-US'], 4],
    [['Boston', 'US', 'en-US'], 4],
    [['Toronto', 'CA', 'en-CA'], 5],
    [['London', 'GB', 'en-GB'], 7],
    [['Berlin', 'DE', 'de-DE'], 4],
    [['Amsterdam', 'NL', 'nl-NL'], 3],
    [['Paris', 'FR', 'fr-FR'], 3],
]);
/** The physical stores; people living in these cities sometimes buy in store. */
export const DEMO_STORES = [
    { storeId: 'store_nyc_soho', name: 'Northwind SoHo', city: 'New York' },
    { storeId: 'store_chi_loop', name: 'Northwind The Loop', city: 'Chicago' },
    { storeId: 'store_sea_pike', name: 'Northwind Pike Place', city: 'Seattle' },
];
const FIRST_TOUCH = weightedTable([
    [{ source: 'google', medium: 'cpc', name: 'search_brand' }, 14],
    [{ source: 'google', medium: 'organic', name: null }, 16],
    [{ source: '(direct)', medium: null, name: null }, 22],
    [{ source: 'facebook', medium: 'paid_social', name: 'spring_collection' }, 11],
    [{ source: 'instagram', medium: 'paid_social', name: 'creator_picks' }, 9],
    [{ source: 'newsletter', medium: 'email', name: 'weekly_picks' }, 6],
    [{ source: 'tiktok', medium: 'paid_social', name: 'trail_challenge' }, 5],
    [{ source: 'bing', medium: 'cpc', name: 'search_generic' }, 4],
    [{ source: 'affiliate', medium: 'affiliate', name: 'outdoor_blog' }, 4],
    [{ source: 'pinterest', medium: 'social', name: null }, 3],
]);
const RETURN_TOUCH = weightedTable([
    [{ source: '(direct)', medium: null, name: null }, 45],
    [{ source: 'newsletter', medium: 'email', name: 'weekly_picks' }, 18],
    [{ source: 'newsletter', medium: 'email', name: 'cart_reminder' }, 6],
    [{ source: 'google', medium: 'organic', name: null }, 17],
    [{ source: 'facebook', medium: 'paid_social', name: 'retargeting' }, 8],
    [{ source: 'instagram', medium: 'social', name: null }, 6],
]);
const DEVICES = weightedTable([
    ['mobile', 55],
    ['desktop', 37],
    ['tablet', 8],
]);
/** Creates the `index`-th shopper. Ids and traits come from `random`, so they follow the store's seed. */
export function createDemoPerson(random, index) {
    const firstName = random.pick(FIRST_NAMES);
    const lastName = random.pick(LAST_NAMES);
    const [city, country, locale] = random.weighted(CITIES);
    const storeHere = DEMO_STORES.find((store) => store.city === city) ?? null;
    return {
        index,
        userId: `cus_${random.uint32().toString(36).padStart(7, '0')}${index.toString(36)}`,
        traits: {
            email: `${firstName}.${lastName}${index}@example.com`.toLowerCase(),
            firstName,
            lastName,
            city,
        },
        country,
        locale,
        firstCampaign: random.weighted(FIRST_TOUCH),
        favouriteCategory: random.pick(DEMO_CATEGORIES),
        intent: Math.min(5, random.logNormal(1, 0.7)),
        store: storeHere && random.chance(0.05) ? storeHere : null,
        state: {
            lastAt: -Infinity,
            visits: 0,
            device: random.weighted(DEVICES),
            anonymousIds: [random.uuid()],
            isDeviceIdentified: false,
            hasIdentified: false,
            cart: null,
        },
    };
}
/** The campaign a returning visit arrives through. */
export function returnCampaign(random) {
    return random.weighted(RETURN_TOUCH);
}
/** Switches the person to a new device (new anonymous id), anonymous until they sign in there. */
export function switchDevice(person, random) {
    const { state } = person;
    state.anonymousIds.push(random.uuid());
    state.isDeviceIdentified = false;
    if (random.chance(0.6))
        state.device = state.device === 'mobile' ? 'desktop' : 'mobile';
}
//# sourceMappingURL=demo-person.js.map