import { SeededRandom } from './seeded-random.js';
/** The demo shop: an outdoor and apparel store selling in USD online and in three city stores. */
export const DEMO_SHOP = {
    name: 'Northwind Outfitters',
    origin: 'https://shop.example.com',
    currency: 'USD',
};
const CATEGORIES = {
    shoes: {
        brands: ['Trailhead', 'Northpeak', 'Urbanstep'],
        products: ['Trail Runner', 'Leather Sneaker', 'Hiking Boot', 'Canvas Slip-On', 'Chelsea Boot'],
        minPrice: 49,
        maxPrice: 189,
    },
    jackets: {
        brands: ['Northpeak', 'Fjellheim', 'Harbor & Co'],
        products: ['Rain Jacket', 'Down Parka', 'Fleece Jacket', 'Softshell Jacket', 'Puffer Vest'],
        minPrice: 59,
        maxPrice: 349,
    },
    shirts: {
        brands: ['Harbor & Co', 'Linden', 'Basecamp'],
        products: ['Oxford Shirt', 'Linen Shirt', 'Flannel Shirt', 'Crew Tee', 'Henley'],
        minPrice: 19,
        maxPrice: 89,
    },
    trousers: {
        brands: ['Linden', 'Basecamp', 'Harbor & Co'],
        products: ['Chino', 'Slim Jeans', 'Cargo Pant', 'Hiking Pant', 'Jogger'],
        minPrice: 39,
        maxPrice: 129,
    },
    dresses: {
        brands: ['Linden', 'Marigold'],
        products: ['Wrap Dress', 'Midi Dress', 'Shirt Dress', 'Knit Dress'],
        minPrice: 45,
        maxPrice: 159,
    },
    bags: {
        brands: ['Fjellheim', 'Urbanstep', 'Marigold'],
        products: ['Daypack', 'Tote', 'Duffel', 'Crossbody Bag'],
        minPrice: 29,
        maxPrice: 179,
    },
    accessories: {
        brands: ['Marigold', 'Harbor & Co', 'Basecamp'],
        products: ['Wool Beanie', 'Leather Belt', 'Scarf', 'Sunglasses', 'Gloves'],
        minPrice: 12,
        maxPrice: 79,
    },
    outdoor: {
        brands: ['Fjellheim', 'Northpeak', 'Trailhead'],
        products: ['Tent', 'Sleeping Bag', 'Trekking Poles', 'Headlamp', 'Camp Stove'],
        minPrice: 15,
        maxPrice: 399,
    },
};
const COLOURS = ['Black', 'Navy', 'Olive', 'Sand', 'Grey', 'Rust', 'Forest', 'Stone'];
/** Category names in a fixed order; people have an affinity for one of them. */
export const DEMO_CATEGORIES = Object.keys(CATEGORIES);
const slug = (text) => text
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9]+/g, '-');
function buildCatalog() {
    // A fixed seed: the catalog is the same whatever seed the store is generated with.
    const random = new SeededRandom(20_260_101);
    const products = [];
    for (const [category, spec] of Object.entries(CATEGORIES)) {
        for (const product of spec.products) {
            for (const brand of spec.brands) {
                const variant = random.pick(COLOURS);
                const base = spec.minPrice + (spec.maxPrice - spec.minPrice) * random.next() ** 1.6;
                const index = products.length;
                products.push({
                    productId: `prod_${1000 + index}`,
                    sku: `${category.slice(0, 3).toUpperCase()}-${brand.slice(0, 3).toUpperCase()}-${100 + index}`,
                    name: `${brand} ${product}`,
                    productType: product,
                    brand,
                    category,
                    variant,
                    price: Math.round(base) - 0.01,
                    path: `/products/${slug(`${brand} ${product} ${variant}`)}`,
                });
            }
        }
    }
    return products;
}
/** Every product of the demo shop, in a fixed order. */
export const DEMO_CATALOG = buildCatalog();
const BY_CATEGORY = new Map(DEMO_CATEGORIES.map((category) => [category, DEMO_CATALOG.filter((p) => p.category === category)]));
/** The products of one category, best sellers first. */
export function productsIn(category) {
    return BY_CATEGORY.get(category) ?? [];
}
/** A product chosen the way shoppers browse: mostly their favourite category, popular items more often. */
export function pickProduct(random, favouriteCategory) {
    const category = random.chance(0.6) ? favouriteCategory : random.pick(DEMO_CATEGORIES);
    const products = productsIn(category);
    // Squaring a uniform number skews towards the first (best-selling) items.
    return products[Math.floor(random.next() ** 2 * products.length)] ?? random.pick(DEMO_CATALOG);
}
//# sourceMappingURL=demo-catalog.js.map